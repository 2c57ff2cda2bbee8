# Sourced by .ci/smoke: the language server's binary starts as an editor starts it, and answers initialize.
ls_bin="node packages/language-server/bin/prfaq-language-server.js"
check "prfaq-language-server --version" 0 $ls_bin --version
check "prfaq-language-server --stdio answers initialize" 0 node -e "
const { spawn } = require('child_process');
const c = spawn(process.execPath, ['packages/language-server/bin/prfaq-language-server.js', '--stdio']);
const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
c.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\r\n\r\n' + body);
let out = '';
c.stdout.on('data', (d) => { out += d; if (out.includes('prfaq-language-server')) { c.kill(); process.exit(0); } });
setTimeout(() => process.exit(1), 10000);"
