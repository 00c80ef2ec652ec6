/**
 * Runs a fixture page in an iframe under a Content Security Policy given in a `<meta>` tag, as a
 * locked-down host page would. The page gets `options` as JSON in `window.name` and answers with
 * one `postMessage` to its parent; the frame is removed once it has.
 */
export interface PolicyFrame {
  /** The page's policy. */
  policy: string;
  /** The fixture module, loaded with `nonce` (the policy must allow it). */
  script: string;
  nonce: string;
  options?: object;
  /** Inline style for the iframe, e.g. a size. */
  style?: string;
}

export async function runInPolicyFrame<Report>({ policy, script, nonce, options = {}, style }: PolicyFrame): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.name = JSON.stringify(options);
  if (style) frame.style.cssText = style;
  frame.srcdoc = `<!doctype html>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script type="module" nonce="${nonce}" src="${script}"></script>`;
  const report = new Promise<Report>((resolve) => {
    const onMessage = (event: MessageEvent<Report>): void => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data);
    };
    window.addEventListener('message', onMessage);
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}
