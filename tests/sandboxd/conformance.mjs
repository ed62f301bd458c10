// Conformance of autocoder-sandboxd with the official E2B JS SDK (npm `e2b`, unchanged).
// Needs E2B_API_URL, E2B_SANDBOX_URL, E2B_API_KEY pointing at a running server.
// Exit 0 = pass, 1 = fail, 77 = skipped (the SDK is not installed).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
let e2b;
try {
    // NODE_PATH is honoured by require() (not by ESM import), so resolve through it.
    const searchPaths = (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean);
    if (process.env.AUTOCODER_NODE_MODULES) searchPaths.unshift(process.env.AUTOCODER_NODE_MODULES);
    e2b = require(require.resolve('e2b', { paths: searchPaths }));
} catch (err) {
    console.log(`SKIP: the npm package 'e2b' is not resolvable (NODE_PATH=${process.env.NODE_PATH || ''}): ${err.message}`);
    process.exit(77);
}
const { Sandbox, CommandExitError } = e2b;

let failures = 0;
function check(cond, what) {
    if (cond) {
        console.log(`ok   - ${what}`);
    } else {
        failures++;
        console.log(`FAIL - ${what}`);
    }
}

async function main() {
    const sbx = await Sandbox.create('base', { timeoutMs: 120_000, metadata: { suite: 'conformance' } });
    check(typeof sbx.sandboxId === 'string' && sbx.sandboxId.length > 0, 'create returns a sandbox id');

    // Foreground command with streaming callbacks.
    let out = '', err = '';
    const r = await sbx.commands.run('echo hello; echo oops 1>&2; id -u; pwd', {
        onStdout: (d) => { out += d; },
        onStderr: (d) => { err += d; },
    });
    check(r.exitCode === 0, `foreground exit code 0 (got ${r.exitCode})`);
    check(out.includes('hello') && r.stdout.includes('hello'), 'stdout streamed via onStdout');
    check(err.includes('oops') && r.stderr.includes('oops'), 'stderr streamed via onStderr');
    check(r.stdout.includes('1000\n'), 'runs as uid 1000');
    check(r.stdout.includes('/home/user'), 'default cwd is /home/user');

    // Non-zero exit.
    try {
        await sbx.commands.run('exit 3');
        check(false, 'non-zero exit throws CommandExitError');
    } catch (e) {
        check(e instanceof CommandExitError && e.exitCode === 3, `non-zero exit throws CommandExitError(3) (got ${e && e.exitCode})`);
    }

    // envs and cwd.
    await sbx.files.makeDir('/home/user/work');
    const r2 = await sbx.commands.run('echo "$FOO" && pwd', { envs: { FOO: 'bar baz' }, cwd: '/home/user/work' });
    check(r2.stdout === 'bar baz\n/home/user/work\n', `envs and cwd honoured (got ${JSON.stringify(r2.stdout)})`);

    // Background command, listed, then killed.
    const bg = await sbx.commands.run('sleep 300', { background: true });
    const listed = await sbx.commands.list();
    check(listed.some((p) => p.pid === bg.pid), 'background process is listed');
    const killed = await sbx.commands.kill(bg.pid);
    check(killed === true, 'kill returns true');
    try {
        const res = await bg.wait();
        check(false, `killed process reports failure (got ${JSON.stringify(res)})`);
    } catch (e) {
        check(e instanceof CommandExitError && e.exitCode === -1 && /signal: killed/.test(e.error || ''),
            `killed process ends with signal: killed (got ${e && e.exitCode} ${e && e.error})`);
    }
    check((await sbx.commands.kill(999999)) === false, 'kill of unknown pid returns false');

    // stdin, re-attach, command timeout.
    const cat = await sbx.commands.run('cat', { background: true, stdin: true });
    await sbx.commands.sendStdin(cat.pid, 'abc\n');
    await sbx.commands.closeStdin(cat.pid);
    const catResult = await cat.wait();
    check(catResult.stdout === 'abc\n', `sendStdin/closeStdin reach the process (got ${JSON.stringify(catResult.stdout)})`);
    const late = await sbx.commands.run('sleep 1; echo late', { background: true });
    await late.disconnect();
    const reattached = await sbx.commands.connect(late.pid);
    const lateResult = await reattached.wait();
    check(lateResult.exitCode === 0 && lateResult.stdout.includes('late'), 'commands.connect re-attaches by pid');
    const t0 = Date.now();
    try {
        await sbx.commands.run('sleep 20', { timeoutMs: 500 });
        check(false, 'timeoutMs ends a long command');
    } catch (e) {
        check(Date.now() - t0 < 5000 && e.name === 'TimeoutError', `timeoutMs ends a long command with TimeoutError (got ${e.name})`);
    }

    // Files.
    const multi = await sbx.files.write([{ path: '/home/user/m1.txt', data: 'one' }, { path: '/home/user/m2.txt', data: 'two' }]);
    await sbx.files.write('/home/user/gz.txt', 'zipped '.repeat(100), { gzip: true });
    check((await sbx.files.read('/home/user/gz.txt')) === 'zipped '.repeat(100), 'gzip-compressed write');
    check(multi.length === 2 && (await sbx.files.read('/home/user/m2.txt')) === 'two', 'multi-file write');
    await sbx.files.write('/home/user/dir/a.txt', 'alpha');
    check((await sbx.files.read('/home/user/dir/a.txt')) === 'alpha', 'write then read a file');
    const entries = await sbx.files.list('/home/user/dir');
    check(entries.length === 1 && entries[0].name === 'a.txt' && entries[0].type === 'file', 'list shows the file');
    check((await sbx.files.makeDir('/home/user/dir/sub')) === true, 'makeDir creates');
    check((await sbx.files.makeDir('/home/user/dir/sub')) === false, 'makeDir of existing dir returns false');
    const moved = await sbx.files.rename('/home/user/dir/a.txt', '/home/user/dir/sub/b.txt');
    check(moved.path === '/home/user/dir/sub/b.txt', 'rename returns the new entry');
    check((await sbx.files.exists('/home/user/dir/a.txt')) === false, 'old name gone after rename');
    check((await sbx.files.exists('/home/user/dir/sub/b.txt')) === true, 'new name exists');
    const seen = await sbx.commands.run('cat /home/user/dir/sub/b.txt');
    check(seen.stdout === 'alpha', 'file written through /files is visible to processes');
    await sbx.files.remove('/home/user/dir');
    check((await sbx.files.exists('/home/user/dir')) === false, 'remove deletes recursively');
    try {
        await sbx.files.read('/etc/shadow');
        check(false, 'reading outside the sandbox areas is refused');
    } catch (e) {
        check(true, `reading outside the sandbox areas is refused (${e.constructor.name})`);
    }

    // Pause and resume through connect.
    check((await sbx.pause()) === true, 'pause');
    check((await Sandbox.getInfo(sbx.sandboxId)).state === 'paused', 'state is paused');
    const resumed = await Sandbox.connect(sbx.sandboxId);
    check((await resumed.commands.run('echo back')).stdout === 'back\n', 'connect resumes a paused sandbox');

    // Timeout, list, kill.
    await sbx.setTimeout(60_000);
    const info = await sbx.getInfo();
    const left = new Date(info.endAt).getTime() - Date.now();
    check(left > 50_000 && left <= 61_000, `setTimeout moves endAt (${left} ms left)`);
    const paginator = Sandbox.list({ query: { metadata: { suite: 'conformance' } } });
    const items = await paginator.nextItems();
    check(items.some((s) => s.sandboxId === sbx.sandboxId), 'list finds the sandbox by metadata');
    check((await sbx.isRunning()) === true, 'isRunning before kill');
    await sbx.kill();
    check((await sbx.isRunning()) === false, 'isRunning false after kill');
    check((await Sandbox.kill(sbx.sandboxId)) === false, 'second kill returns false');
}

main().then(() => {
    console.log(failures === 0 ? 'conformance: all checks passed' : `conformance: ${failures} check(s) failed`);
    process.exit(failures === 0 ? 0 : 1);
}, (err) => {
    console.log(`FAIL - unexpected error: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
});
