#!/usr/bin/env python3
"""Writes the recorded run used by the UI tests and the screenshotter:
run-events.jsonl (a two-iteration run of a small Bun library, first red then
green), spec.json, and snapshots/iter-{1,2}.tar.gz whose files match the
files.snapshot events. Deterministic: run it again and nothing changes."""
import datetime, difflib, gzip, io, json, os, re, tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = "20260126-091500-7c3e"
T0 = datetime.datetime(2026, 1, 26, 9, 15, 0, tzinfo=datetime.timezone.utc)

TODO_V1 = """export interface Todo {
  id: number;
  title: string;
  done: boolean;
}

export class TodoList {
  private items: Todo[] = [];
  private nextId = 1;

  add(title: string): Todo {
    const todo = { id: this.nextId++, title, done: false };
    this.items.push(todo);
    return todo;
  }

  complete(id: number): void {
    const todo = this.items.find((t) => t.id === id);
    if (todo) todo.done = true;
  }

  remove(id: number): boolean {
    const before = this.items.length;
    this.items = this.items.filter((t) => t.id !== id);
    return this.items.length < before;
  }

  list(filter: "all" | "open" | "done" = "all"): Todo[] {
    return this.items;
  }
}
"""
TODO_V2 = TODO_V1.replace("""    if (todo) todo.done = true;
  }""", """    if (!todo) throw new Error(`No todo with id ${id}`);
    todo.done = true;
  }""").replace("""    return this.items;
  }""", """    if (filter === "open") return this.items.filter((t) => !t.done);
    if (filter === "done") return this.items.filter((t) => t.done);
    return [...this.items];
  }

  toJSON(): string {
    return JSON.stringify(this.items);
  }

  static fromJSON(json: string): TodoList {
    const list = new TodoList();
    for (const t of JSON.parse(json) as Todo[]) {
      list.items.push({ ...t });
      list.nextId = Math.max(list.nextId, t.id + 1);
    }
    return list;
  }""")
INDEX = 'export { TodoList } from "./todo";\nexport type { Todo } from "./todo";\n'
PKG = json.dumps({"name": "todo-lib", "version": "0.1.0", "type": "module", "main": "dist/index.js",
                  "types": "dist/index.d.ts",
                  "scripts": {"build": "bun build src/index.ts --outdir dist --target node && tsc --emitDeclarationOnly"},
                  "devDependencies": {"typescript": "^5.6.3", "@types/bun": "^1.1.13"}}, indent=2) + "\n"
TSCONFIG = json.dumps({"compilerOptions": {"target": "ES2022", "module": "ESNext", "moduleResolution": "bundler",
                                           "declaration": True, "outDir": "dist", "strict": True}, "include": ["src"]},
                      indent=2) + "\n"
TESTS_V1 = """import { describe, expect, test } from "bun:test";
import { TodoList } from "../src";

describe("TodoList", () => {
  test("[R1] add returns the new todo", () => {
    const list = new TodoList();
    expect(list.add("milk")).toEqual({ id: 1, title: "milk", done: false });
  });
  test("[R1] ids increase", () => {
    const list = new TodoList();
    list.add("a");
    expect(list.add("b").id).toBe(2);
  });
  test("[R2] complete marks done", () => {
    const list = new TodoList();
    const t = list.add("a");
    list.complete(t.id);
    expect(list.list("done")).toHaveLength(1);
  });
  test("[R2] complete of unknown id throws", () => {
    expect(() => new TodoList().complete(42)).toThrow();
  });
  test("[R3] remove", () => {
    const list = new TodoList();
    const t = list.add("a");
    expect(list.remove(t.id)).toBe(true);
    expect(list.remove(t.id)).toBe(false);
  });
  test("[R4] filter open", () => {
    const list = new TodoList();
    list.add("a");
    list.complete(list.add("b").id);
    expect(list.list("open").map((t) => t.title)).toEqual(["a"]);
  });
  test("[R4] list returns a copy", () => {
    const list = new TodoList();
    list.add("a");
    list.list().pop();
    expect(list.list()).toHaveLength(1);
  });
  test.skip("persists to localStorage", () => {});
});
"""
TESTS_V2 = TESTS_V1.replace("""  test.skip("persists to localStorage", () => {});""", """  test.skip("persists to localStorage", () => {});
  test("[R5] round-trips through JSON", () => {
    const list = new TodoList();
    list.complete(list.add("a").id);
    expect(TodoList.fromJSON(list.toJSON()).list()).toEqual(list.list());
  });""")
README = "# todo-lib\n\nA tiny in-memory todo list for Bun and Node.\n\n```ts\nimport { TodoList } from \"todo-lib\";\nconst list = new TodoList();\nlist.complete(list.add(\"milk\").id);\n```\n"
LOCKED = open(os.path.join(HERE, "locked-sum.test.ts")).read() if os.path.exists(os.path.join(HERE, "locked-sum.test.ts")) else None

V1 = {"package.json": PKG, "tsconfig.json": TSCONFIG, "src/index.ts": INDEX, "src/todo.ts": TODO_V1,
      "tests/todo.test.ts": TESTS_V1, "CLAUDE.md": "# Rules\n\nKeep tests green.\n"}
V2 = dict(V1, **{"src/todo.ts": TODO_V2, "tests/todo.test.ts": TESTS_V2, "README.md": README,
                 "bun.lockb": "\0" * 2048})


def write_tar(name, files):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        dirs = sorted({os.path.dirname(p) for p in files if os.path.dirname(p)})
        for d in dirs:
            info = tarfile.TarInfo("./" + d)
            info.type = tarfile.DIRTYPE
            info.mode = 0o755
            info.mtime = int(T0.timestamp())
            tar.addfile(info)
        for path in sorted(files):
            data = files[path].encode()
            info = tarfile.TarInfo("./" + path)
            info.size = len(data)
            info.mode = 0o644
            info.mtime = int(T0.timestamp())
            tar.addfile(info, io.BytesIO(data))
    with open(os.path.join(HERE, "snapshots", name), "wb") as f:
        f.write(gzip.compress(raw.getvalue(), compresslevel=9, mtime=0))


events = []
clock = [T0]


def ev(kind, data, dt_ms=0):
    clock[0] += datetime.timedelta(milliseconds=dt_ms)
    events.append({"v": 1, "run": RUN, "seq": len(events) + 1,
                   "ts": clock[0].strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (clock[0].microsecond // 1000),
                   "kind": kind, "data": data})


def step(name, it, ok=True, code=0, ms=1000, message="", outputs=()):
    ev("step.started", {"step": name, "iteration": it}, 20)
    for stream, text in outputs:
        ev("process.output", {"step": name, "iteration": it, "stream": stream, "text": text}, 40)
    ev("step.finished", {"step": name, "iteration": it, "ok": ok, "exitCode": code, "durationMs": ms,
                         "message": message}, ms)


def tests_event(it, results):
    ev("gate.tests", {"iteration": it, "tests": [
        {"name": n, "file": "tests/todo.test.ts", "status": s, "message": m, "durationMs": d} for n, s, m, d in results],
        "passed": sum(1 for r in results if r[1] == "passed"),
        "failed": sum(1 for r in results if r[1] == "failed"),
        "skipped": sum(1 for r in results if r[1] == "skipped")}, 5)


def snapshot(it, files, name):
    ev("step.started", {"step": "snapshot", "iteration": it}, 10)
    ev("step.finished", {"step": "snapshot", "iteration": it, "ok": True, "exitCode": 0, "durationMs": 640,
                         "message": ""}, 640)
    listing = [{"path": p, "size": len(files[p].encode())} for p in sorted(files)]
    ev("files.snapshot", {"iteration": it, "archive": "snapshots/" + name, "files": listing,
                          "totalBytes": sum(f["size"] for f in listing)}, 5)


REQUIREMENTS = ["add(title) returns a todo with a fresh id", "complete(id) marks a todo done and throws for unknown ids",
                "remove(id) returns whether something was removed", "list(filter) returns all, open or done todos as a copy",
                "toJSON/fromJSON round-trip the list"]


def requirements_event(it):
    """gate.requirements: which requirement the iteration's tests name ([R1] ...), as the gate maps them."""
    tests = next(e for e in reversed(events) if e["kind"] == "gate.tests" and e["data"]["iteration"] == it)["data"]["tests"]
    rows = []
    for i, text in enumerate(REQUIREMENTS):
        rid = "R%d" % (i + 1)
        tagged = [{"name": t["name"], "file": t["file"], "status": t["status"]} for t in tests
                  if rid in re.findall(r"\[(R\d+)\]", t["name"])]
        status = "uncovered" if not tagged else ("covered" if any(t["status"] == "passed" for t in tagged) else "failing")
        rows.append({"id": rid, "text": text, "status": status, "tests": tagged})
    ev("gate.requirements", {"iteration": it, "coverage": {
        "version": 1, "allCovered": all(r["status"] == "covered" for r in rows), "requirements": rows,
        "unknownTags": [], "unknownTagsOmitted": 0, "acceptanceTags": [], "acceptanceTagsOmitted": 0}}, 3)


# (line's text to find, original, replacement, operator, outcome, ms): the mutants of iteration 2's check on
# src/todo.ts, as the planner picks them; one survives (no test adds a todo after fromJSON).
MUTANTS = [
    ("private nextId = 1;", "1", "2", "number-literal", "killed", 812),
    ("done: false };", "false", "true", "boolean-literal", "killed", 774),
    ("    this.items.push(todo);", "this.items.push(todo);", "", "statement-deletion", "killed", 790),
    ("    return todo;", "todo", "undefined", "return-value", "killed", 801),
    ("find((t) => t.id === id)", "===", "!==", "comparison-flip", "killed", 786),
    ("if (!todo) throw", "!", "", "negation-removal", "killed", 795),
    ("    todo.done = true;", "true", "false", "boolean-literal", "killed", 779),
    ("    todo.done = true;", "todo.done = true;", "", "statement-deletion", "killed", 783),
    ("filter((t) => t.id !== id)", "!==", "===", "comparison-flip", "killed", 804),
    ("return this.items.length < before;", "<", ">=", "comparison-flip", "killed", 792),
    ('if (filter === "open")', '"open"', '""', "string-literal", "killed", 788),
    ("filter((t) => !t.done)", "!", "", "negation-removal", "killed", 781),
    ('if (filter === "done")', "===", "!==", "comparison-flip", "killed", 797),
    ("return [...this.items];", "[...this.items]", "undefined", "return-value", "killed", 806),
    ("return JSON.stringify(this.items);", "JSON.stringify(this.items)", "undefined", "return-value", "killed", 790),
    ("      list.items.push({ ...t });", "list.items.push({ ...t });", "", "statement-deletion", "killed", 799),
    ("t.id + 1);", "1", "2", "number-literal", "survived", 1204),
    ("    return list;", "list", "undefined", "return-value", "killed", 785),
]


def mutation_event(it, source, path):
    lines = source.split("\n")
    mutants = []
    for needle, original, replacement, op, outcome, ms in MUTANTS:
        at = source.index(needle) + needle.index(original)
        line = source.count("\n", 0, at) + 1
        column = at - (source.rfind("\n", 0, at) + 1) + 1
        mutated = source[:at] + replacement + source[at + len(original):]
        diff = "".join(l + "\n" for l in difflib.unified_diff(source.split("\n"), mutated.split("\n"),
                                                              "a/" + path, "b/" + path, n=3, lineterm=""))
        short = lambda t: t if len(t) <= 40 else t[:39] + "\u2026"
        description = ("%s:%d: delete %s" % (path, line, short(original)) if op == "statement-deletion"
                       else "%s:%d: %s \u2192 %s" % (path, line, short(original), short(replacement)))
        m = {"id": "%s:%d:%d:%s" % (path, line, column, op), "file": path, "line": line, "column": column,
             "offset": at, "operator": op, "original": original, "replacement": replacement,
             "description": description, "outcome": outcome, "durationMs": ms, "diff": diff}
        if outcome == "survived":
            m["detail"] = "every test passed (8 pass, 1 skip)"
        mutants.append(m)
    killed = sum(1 for m in mutants if m["outcome"] == "killed")
    survived = sum(1 for m in mutants if m["outcome"] == "survived")
    files = [{"path": "CLAUDE.md", "status": "skipped", "reason": "extension", "detail": "not JavaScript or TypeScript", "candidates": 0, "selected": 0},
             {"path": "README.md", "status": "skipped", "reason": "extension", "detail": "not JavaScript or TypeScript", "candidates": 0, "selected": 0},
             {"path": "bun.lockb", "status": "skipped", "reason": "extension", "detail": "not JavaScript or TypeScript", "candidates": 0, "selected": 0},
             {"path": "package.json", "status": "skipped", "reason": "extension", "detail": "not JavaScript or TypeScript", "candidates": 0, "selected": 0},
             {"path": "src/index.ts", "status": "no-mutants", "candidates": 0, "selected": 0},
             {"path": path, "status": "mutated", "candidates": 41, "selected": len(mutants)},
             {"path": "tests/todo.test.ts", "status": "skipped", "reason": "test", "detail": "a test file", "candidates": 0, "selected": 0},
             {"path": "tsconfig.json", "status": "skipped", "reason": "extension", "detail": "not JavaScript or TypeScript", "candidates": 0, "selected": 0}]
    ev("gate.mutation", {"iteration": it, "result": {
        "version": 1, "status": "completed", "threshold": 0.6, "score": killed / (killed + survived), "passed": True,
        "seed": "1", "maxMutants": 20, "candidates": 41,
        "operators": ["comparison-flip", "arithmetic", "logical", "boolean-literal", "negation-removal", "return-value",
                      "statement-deletion", "string-literal", "number-literal"],
        "counts": {"total": len(mutants), "killed": killed, "survived": survived, "timedOut": 0, "error": 0, "notRun": 0},
        "files": files, "mutants": mutants}}, 5)


ev("run.started", {"name": "todo-lib", "backend": "local", "maxIterations": 5, "budgetUsd": 5.0})
ev("log", {"level": "info", "text": "Local sandbox server listening on http://127.0.0.1:41877"}, 15)
step("sandbox", 0, ms=1840, message="sandbox i7f2k9x3 from template claude")
step("agent.install", 0, ms=310, message="claude 2.0.14 already in the template",
     outputs=[("stdout", "2.0.14 (Claude Code)\n")])
step("upload", 0, ms=220, message="brief, CLAUDE.md and 0 locked tests")

# Iteration 1: the agent writes the library, the gate finds two failing tests.
ev("step.started", {"step": "agent", "iteration": 1}, 20)
ev("agent.message", {"iteration": 1, "text": "I'll build todo-lib as a small TypeScript library: a TodoList class "
                     "with add, complete, remove and list, plus bun tests for each behaviour in the brief."}, 4200)
tools1 = [
    ("toolu_01", "Write", {"file_path": "/home/user/project/package.json"}, "package.json", "File created successfully", False),
    ("toolu_02", "Write", {"file_path": "/home/user/project/tsconfig.json"}, "tsconfig.json", "File created successfully", False),
    ("toolu_03", "Write", {"file_path": "/home/user/project/src/todo.ts"}, "src/todo.ts", "File created successfully", False),
    ("toolu_04", "Write", {"file_path": "/home/user/project/src/index.ts"}, "src/index.ts", "File created successfully", False),
    ("toolu_05", "Write", {"file_path": "/home/user/project/tests/todo.test.ts"}, "tests/todo.test.ts", "File created successfully", False),
    ("toolu_06", "Bash", {"command": "bun install", "description": "Install dev dependencies"}, "bun install",
     "bun install v1.1.38\n\n + @types/bun@1.1.13\n + typescript@5.6.3\n\n 4 packages installed [812.00ms]", False),
    ("toolu_07", "Bash", {"command": "bun test", "description": "Run the tests"}, "bun test",
     "tests/todo.test.ts:\n(fail) TodoList > [R2] complete of unknown id throws\n(fail) TodoList > [R4] filter open\n\n 5 pass\n 1 skip\n 2 fail", True),
]
for tid, name, inp, summary, result, err in tools1:
    ev("agent.tool_use", {"iteration": 1, "id": tid, "name": name, "input": inp, "summary": summary}, 2600)
    ev("agent.tool_result", {"iteration": 1, "id": tid, "isError": err, "text": result}, 900)
ev("agent.message", {"iteration": 1, "text": "The library and tests are in place. Two tests still fail (unknown ids "
                     "and the open filter); I have run out of turns for this iteration."}, 3100)
ev("agent.result", {"iteration": 1, "costUsd": 0.4213, "turns": 14, "sessionId": "5f0c3a52-9e1d-4c1b-a8c4-2b7d1e0f6a91",
                    "isError": False, "subtype": "success"}, 10)
ev("step.finished", {"step": "agent", "iteration": 1, "ok": True, "exitCode": 0, "durationMs": 61230, "message": ""}, 10)
step("install", 1, ms=1420, outputs=[
    ("stdout", "bun install v1.1.38 (0d9b296a)\n"),
    ("stdout", "\n + @types/bun@1.1.13\n + typescript@5.6.3\n\n 4 packages installed [1.31s]\n")])
bun_test_1 = ["bun test v1.1.38 (0d9b296a)\n", "\ntests/todo.test.ts:\n",
              "(pass) TodoList > [R1] add returns the new todo [0.41ms]\n", "(pass) TodoList > [R1] ids increase [0.05ms]\n",
              "(pass) TodoList > [R2] complete marks done [0.07ms]\n",
              "(fail) TodoList > [R2] complete of unknown id throws [0.22ms]\n",
              "  error: expect(received).toThrow()\n\n  Received function did not throw\n",
              "      at /home/user/project/tests/todo.test.ts:22:46\n",
              "(pass) TodoList > [R3] remove [0.06ms]\n", "(fail) TodoList > [R4] filter open [0.31ms]\n",
              "  error: expect(received).toEqual(expected)\n\n  [\n+   \"b\",\n    \"a\",\n  ]\n",
              "(pass) TodoList > [R4] list returns a copy [0.04ms]\n", "(skip) TodoList > persists to localStorage\n",
              "\n 5 pass\n 1 skip\n 2 fail\n 9 expect() calls\nRan 8 tests across 1 files. [38.00ms]\n"]
step("test", 1, ok=False, code=1, ms=2310, message="2 tests failed",
     outputs=[("stderr" if "fail" in t or "error" in t else "stdout", t) for t in bun_test_1])
base = [("[R1] add returns the new todo", "passed", "", 0), ("[R1] ids increase", "passed", "", 0),
        ("[R2] complete marks done", "passed", "", 0)]
tests_event(1, base + [
    ("[R2] complete of unknown id throws", "failed", "expect(received).toThrow()\n\nReceived function did not throw", 0),
    ("[R3] remove", "passed", "", 0),
    ("[R4] filter open", "failed", "expect(received).toEqual(expected)\n- [\"a\"]\n+ [\"b\", \"a\"]", 0),
    ("[R4] list returns a copy", "passed", "", 0), ("persists to localStorage", "skipped", "", 0)])
requirements_event(1)
step("build", 1, ms=1980, outputs=[("stdout", "  index.js  1.42 KB\n\n[12ms] bundle 2 modules\n")])
snapshot(1, V1, "iter-1.tar.gz")
ev("iteration.finished", {"iteration": 1, "green": False, "costUsd": 0.4213,
                          "failing": ["TodoList > [R2] complete of unknown id throws", "TodoList > [R4] filter open"]}, 5)
ev("log", {"level": "info", "text": "Iteration 1 is red: 2 failing tests go back to the agent as feedback"}, 5)

# Iteration 2: the feedback fixes both tests and the agent adds JSON persistence.
ev("step.started", {"step": "agent", "iteration": 2}, 30)
ev("agent.message", {"iteration": 2, "text": "Two failures: complete() must throw for an unknown id, and list(filter) "
                     "ignores its filter. I'll fix both and add toJSON/fromJSON from the requirements."}, 3900)
tools2 = [
    ("toolu_11", "Read", {"file_path": "/home/user/project/src/todo.ts"}, "src/todo.ts", "export interface Todo {\n  id: number; ...", False),
    ("toolu_12", "Edit", {"file_path": "/home/user/project/src/todo.ts"}, "src/todo.ts", "The file has been updated.", False),
    ("toolu_13", "Edit", {"file_path": "/home/user/project/tests/todo.test.ts"}, "tests/todo.test.ts", "The file has been updated.", False),
    ("toolu_14", "Write", {"file_path": "/home/user/project/README.md"}, "README.md", "File created successfully", False),
    ("toolu_15", "Bash", {"command": "bun test", "description": "Run the tests"}, "bun test",
     " 8 pass\n 1 skip\n 0 fail\n 11 expect() calls\nRan 9 tests across 1 files. [41.00ms]", False),
]
for tid, name, inp, summary, result, err in tools2:
    ev("agent.tool_use", {"iteration": 2, "id": tid, "name": name, "input": inp, "summary": summary}, 2100)
    ev("agent.tool_result", {"iteration": 2, "id": tid, "isError": err, "text": result}, 700)
ev("agent.message", {"iteration": 2, "text": "All tests pass now, including a JSON round-trip test. README added."}, 2500)
ev("agent.result", {"iteration": 2, "costUsd": 0.2894, "turns": 9, "sessionId": "5f0c3a52-9e1d-4c1b-a8c4-2b7d1e0f6a91",
                    "isError": False, "subtype": "success"}, 10)
ev("step.finished", {"step": "agent", "iteration": 2, "ok": True, "exitCode": 0, "durationMs": 38410, "message": ""}, 10)
step("install", 2, ms=610, outputs=[("stdout", "bun install v1.1.38 (0d9b296a)\n\nChecked 4 installs across 5 packages (no changes) [23.00ms]\n")])
bun_test_2 = [l.replace("(fail)", "(pass)") for l in bun_test_1 if "error" not in l and "at /home" not in l]
bun_test_2[-1] = "\n 8 pass\n 1 skip\n 0 fail\n 11 expect() calls\nRan 9 tests across 1 files. [41.00ms]\n"
bun_test_2.insert(-1, "(pass) TodoList > [R5] round-trips through JSON [0.12ms]\n")
step("test", 2, ms=2170, outputs=[("stdout", t) for t in bun_test_2])
tests_event(2, base + [("[R2] complete of unknown id throws", "passed", "", 0), ("[R3] remove", "passed", "", 0),
                       ("[R4] filter open", "passed", "", 0), ("[R4] list returns a copy", "passed", "", 0),
                       ("persists to localStorage", "skipped", "", 0), ("[R5] round-trips through JSON", "passed", "", 0)])
requirements_event(2)
step("build", 2, ms=2040, outputs=[("stdout", "  index.js  2.06 KB\n\n[14ms] bundle 2 modules\n")])
step("lint", 2, ms=12, message="no lint command")
# The tests passed: does a small change to the code make one fail? 18 mutants of src/todo.ts, one after another.
# (After the snapshot, as the gate runs it: the mutants are drawn from the snapshot's files.)
snapshot(2, V2, "iter-2.tar.gz")
ev("step.started", {"step": "mutation", "iteration": 2, "command": "bun test"}, 20)
ev("step.finished", {"step": "mutation", "iteration": 2, "ok": True, "exitCode": 0, "durationMs": 14706,
                     "message": "17 of 18 mutants killed"}, 14706)
mutation_event(2, TODO_V2, "src/todo.ts")
ev("iteration.finished", {"iteration": 2, "green": True, "costUsd": 0.7107, "failing": []}, 5)
step("extract", 2, ms=180, message="project ready to save")
ev("run.finished", {"outcome": "green", "message": "All checks passed in iteration 2.", "iterations": 2,
                    "costUsd": 0.7107}, 10)

# Fill in realistic durations for the gate tests from the bun output above.
for e in events:
    if e["kind"] == "gate.tests":
        for i, t in enumerate(e["data"]["tests"]):
            t["durationMs"] = [0, 0, 0, 0, 0, 0, 0, 0, 0][i % 9] if t["status"] == "skipped" else 1 + (i * 7) % 5

with open(os.path.join(HERE, "run-events.jsonl"), "w") as f:
    for e in events:
        f.write(json.dumps(e, separators=(",", ":"), ensure_ascii=False) + "\n")

spec = {"version": 1, "name": "todo-lib", "kind": "bun-library",
        "description": "A tiny in-memory todo list library for Bun and Node.",
        "requirements": ["add(title) returns a todo with a fresh id", "complete(id) marks a todo done and throws for unknown ids",
                         "remove(id) returns whether something was removed", "list(filter) returns all, open or done todos as a copy",
                         "toJSON/fromJSON round-trip the list"],
        "acceptanceCriteria": ["bun test passes", "the package builds to dist/ with type declarations"],
        "lockedTests": [],
        "commands": {"install": "bun install", "test": "bun test", "build": "bun run build", "lint": ""},
        "model": "claude-sonnet-4-6",
        "limits": {"maxIterations": 5, "budgetUsd": 5.0, "wallClockMinutes": 60, "commandTimeoutSeconds": 600,
                   "agentTimeoutMinutes": 30, "maxTurns": 40},
        "sandbox": {"backend": "local", "template": "claude"},
        "verification": {"requirementTests": True, "mutationCheck": True, "mutationThreshold": 0.6, "maxMutants": 20,
                         "mutationBudgetSeconds": 300}}
with open(os.path.join(HERE, "spec.json"), "w") as f:
    json.dump(spec, f, indent=4)
    f.write("\n")

write_tar("iter-1.tar.gz", V1)
write_tar("iter-2.tar.gz", V2)
print(len(events), "events")
