// The keyboard and viewport commands of @web/test-runner-commands where its launchers fall short in
// Firefox and WebKit, so that the same test files run unchanged in every engine:
//   - webdriver (WebKit): `sendKeys({ down })` / `({ up })` (the plugin supports only press and
//     type there), `sendKeys({ type })` (which loses repeated characters there) and `setViewport`
//     (not supported there at all), through W3C actions and the window size;
//   - puppeteer over WebDriver BiDi (Firefox): the key named "Space", which puppeteer's BiDi keyboard
//     does not know (its CDP keyboard does), sent as the " " it stands for.
// Every other command and browser falls through to the stock plugins.

/** WebDriver's code points for the named keys the tests hold down (W3C WebDriver, "keyboard actions"). */
const WEBDRIVER_KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D', Space: ' ', Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', Backspace: '\uE003' };
const webdriverKey = (key) => {
  if ([...key].length === 1) return key;
  if (WEBDRIVER_KEYS[key]) return WEBDRIVER_KEYS[key];
  throw new Error(`engine-commands: no WebDriver code point for the key "${key}"`);
};

export function engineCommandsPlugin() {
  const warned = new Set();
  return {
    name: 'engine-commands',
    // web-test-runner puts its stock command plugins ahead of the configuration's, and asks them in
    // that order; this one must answer first, so it moves itself to the front of the list that the
    // runner's command handler (the plugin that holds the list) reads.
    serverStart({ config }) {
      const list = config.plugins.map((plugin) => plugin.plugins).find((plugins) => Array.isArray(plugins) && plugins.includes(this));
      if (!list) throw new Error('engine-commands: web-test-runner changed how it keeps its plugins; check scripts/engine-commands.mjs');
      list.unshift(...list.splice(list.indexOf(this), 1));
    },
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      if (browser.type === 'webdriver') {
        const driver = browser.driver;
        if (command === 'send-keys' && payload?.type !== undefined) {
          // One key press after another in a single action sequence (the stock plugin's way loses a
          // repeated character in WebKitGTK: "11" arrives as "1").
          const actions = [...payload.type].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
          await driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
          return true;
        }
        if (command === 'send-keys' && (payload?.down !== undefined || payload?.up !== undefined)) {
          const type = payload.down !== undefined ? 'keyDown' : 'keyUp';
          await driver.performActions([{ type: 'key', id: 'keyboard', actions: [{ type, value: webdriverKey(payload.down ?? payload.up) }] }]);
          return true;
        }
        if (command === 'set-viewport') {
          // The window's frame around the page, measured, so that the page gets the size asked for.
          const [outerWidth, innerWidth, outerHeight, innerHeight] = await driver.execute(() => [window.outerWidth, window.innerWidth, window.outerHeight, window.innerHeight]);
          await driver.setWindowSize(payload.width + outerWidth - innerWidth, payload.height + outerHeight - innerHeight);
          const [width, height] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
          // MiniBrowser's window keeps its toolbar, which sets a narrowest page (447 px with WebKitGTK
          // 2.50): a phone-sized request gets that width, still a phone's layout (the kit's breakpoint
          // is 40em), and says so once. Anything else that differs is an error.
          const narrowest = width > payload.width && height === payload.height;
          if (narrowest && !warned.has(width)) {
            warned.add(width);
            console.log(`engine-commands: ${browser.name}'s narrowest page is ${width} px; setViewport(${payload.width}) gets that`);
          }
          if (!narrowest && (width !== payload.width || height !== payload.height)) throw new Error(`engine-commands: asked for a ${payload.width}x${payload.height} viewport, got ${width}x${height}`);
          return true;
        }
      }
      if (browser.type === 'puppeteer' && command === 'send-keys' && browser.name === 'Firefox') {
        const key = payload?.press ?? payload?.down ?? payload?.up;
        if (key === 'Space') {
          const keyboard = browser.getPage(session.id).keyboard;
          if (payload.press !== undefined) await keyboard.press(' ');
          else if (payload.down !== undefined) await keyboard.down(' ');
          else await keyboard.up(' ');
          return true;
        }
      }
      return undefined;
    },
  };
}
