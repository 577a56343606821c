// A DOM for unit tests (linkedom), with a Gmail-like thread view and thread list.
import { parseHTML } from 'linkedom';

export function gmailDom({ threadId = '18c2f0a1b2c3d4e5', subject = 'Interview - Product Manager', rows = [] } = {}) {
  const thread = threadId === null ? '' : `
    <div class="nH" role="main"><div class="nH"><div class="ha"><h2 class="hP" data-thread-perm-id="thread-f:1" data-legacy-thread-id="${threadId}">${subject}</h2></div>
    <div class="adn ads"><div class="a3s">Hello</div></div></div></div>`;
  const list = rows.map((id) => `
    <tr class="zA zE"><td class="xY a4W"><div class="xS"><div class="xT"><div class="y6">
      <span class="bog"><span data-thread-id="#thread-f:1" data-legacy-thread-id="${id}">Subject ${id}</span></span>
    </div></div></div></td></tr>`).join('');
  return parseHTML(`<!doctype html><html><body><div class="AO">${thread}<table><tbody>${list}</tbody></table></div></body></html>`);
}
