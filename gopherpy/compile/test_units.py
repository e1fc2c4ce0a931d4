"""Unit tests of the compiler's self-contained parts: name mangling, the cache, float text."""

import os

from gopherpy.compile import cache
from gopherpy.compile.names import mangle
from gopherpy.compile.rtsupport import format_g


def test_mangle_never_collides():
    seen = {}
    for name in ["x", "len", "print", "class", "len_", "_", "_x", "__init__", "self", "match",
                 "T", "v", "len__", "print_"]:
        py = mangle(name)
        assert py.isidentifier()
        assert not py.startswith("_g")
        assert py not in seen, (name, seen.get(py))
        seen[py] = name
    assert mangle("x") == "x" and mangle("len") == "len_" and mangle("len_") == "len__"


def test_cache_roundtrip(tmp_path, monkeypatch):
    monkeypatch.setenv("GOPHERPYCACHE", str(tmp_path))
    key = cache.package_key("main", [("a.go", b"package main")])
    assert cache.load(key) is None
    code = compile("x = 1", "a.go", "exec")
    cache.store(key, [("a.go", code)])
    got = cache.load(key)
    ns = {}
    exec(got[0][1], ns)
    assert ns["x"] == 1
    assert key != cache.package_key("main", [("a.go", b"package main\n")])
    monkeypatch.setenv("GOPHERPYCACHE", "off")
    assert cache.cache_dir() is None and cache.load(key) is None


def test_cache_entry_stale_when_embedded_package_changes(tmp_path, monkeypatch):
    # main embeds code of package "dep" (a generic instance): editing dep's Go files
    # must recompile main even though main's own sources did not change.
    from gopherpy.compile import loader
    monkeypatch.setenv("GOPHERPYCACHE", str(tmp_path / "cache"))
    depfile = tmp_path / "dep.go"
    depfile.write_bytes(b"package dep\n")
    monkeypatch.setattr(loader, "lib_files", lambda path: [str(depfile)])
    calls = []

    def fake_compile(pkgpath, srcs):
        calls.append(pkgpath)
        fake_compile.deps = ["dep"]
        return [("a.go", compile("x = %d" % len(calls), "a.go", "exec"))]
    monkeypatch.setattr(loader, "compile_sources", fake_compile)
    srcs = [("a.go", b"package main")]
    loader.get_code("main", srcs)
    loader.get_code("main", srcs)
    assert len(calls) == 1
    depfile.write_bytes(b"package dep\n\nfunc F() {}\n")
    chunks = loader.get_code("main", srcs)
    assert len(calls) == 2
    ns = {}
    exec(chunks[0][1], ns)
    assert ns["x"] == 2


def _fake_compiler(monkeypatch, loader):
    calls = []

    def fake_compile(pkgpath, srcs):
        calls.append([data for _, data in srcs])
        fake_compile.deps = []
        return [("a.go", compile("x = %d" % len(calls), "a.go", "exec"))]
    monkeypatch.setattr(loader, "compile_sources", fake_compile)
    return calls


def test_cache_files_key_recompiles_changed_package(tmp_path, monkeypatch):
    # A package read from its files is keyed by their path, size and mtime: a warm run
    # does not read them, and any edit (new size or new mtime), a new file or a
    # removed one recompiles it.
    from gopherpy.compile import loader
    monkeypatch.setenv("GOPHERPYCACHE", str(tmp_path / "cache"))
    pkg = tmp_path / "p"
    pkg.mkdir()
    a, b = pkg / "a.go", pkg / "b.go"
    a.write_bytes(b"package p\n")
    files = [str(a)]
    monkeypatch.setattr(loader, "lib_files", lambda path: list(files))
    calls = _fake_compiler(monkeypatch, loader)
    loader.get_code("p")
    loader.get_code("p")
    assert len(calls) == 1
    read = []
    real_read = loader.read_sources
    monkeypatch.setattr(loader, "read_sources", lambda ps: read.append(ps) or real_read(ps))
    loader.get_code("p")
    assert len(calls) == 1 and read == []          # a hit reads no source
    st = os.stat(a)
    a.write_bytes(b"package q\n")                    # same size, new content
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    loader.get_code("p")
    assert calls[-1] == [b"package q\n"] and len(calls) == 2
    a.write_bytes(b"package p // longer\n")          # new size, mtime kept
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    loader.get_code("p")
    assert len(calls) == 3
    b.write_bytes(b"package p\n")
    files.append(str(b))                             # a new file
    loader.get_code("p")
    assert len(calls) == 4
    files.pop()                                      # back to the old file set: cached
    loader.get_code("p")
    assert len(calls) == 4


def test_cache_compiler_change_recompiles(tmp_path, monkeypatch):
    # Every key covers the compiler's files (compile/, types2/, syntax/): an edit to
    # one of them gives new keys, so every package, main or from files, recompiles.
    from gopherpy.compile import loader
    here = os.path.dirname(os.path.abspath(cache.__file__))
    assert here in cache.COMPILER_DIRS
    assert os.path.join(os.path.dirname(here), "types2") in cache.COMPILER_DIRS
    assert os.path.join(os.path.dirname(here), "syntax") in cache.COMPILER_DIRS
    comp = tmp_path / "compiler"
    comp.mkdir()
    f = comp / "expr.py"
    f.write_text("x = 1\n")
    (comp / "notes.txt").write_text("not a compiler file\n")
    s0 = cache.dirs_stamp([str(comp)])
    assert cache.dirs_stamp([str(comp)]) == s0
    (comp / "notes.txt").write_text("edited\n")
    assert cache.dirs_stamp([str(comp)]) == s0
    st = os.stat(f)
    f.write_text("x = 2\n")
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    s1 = cache.dirs_stamp([str(comp)])
    assert s1 != s0
    (comp / "new.py").write_text("")
    assert cache.dirs_stamp([str(comp)]) not in (s0, s1)

    monkeypatch.setenv("GOPHERPYCACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "COMPILER_DIRS", (str(comp),))
    monkeypatch.setattr(cache, "_compiler_stamp", None)
    dep = tmp_path / "dep.go"
    dep.write_bytes(b"package dep\n")
    monkeypatch.setattr(loader, "lib_files", lambda path: [str(dep)])
    calls = _fake_compiler(monkeypatch, loader)
    srcs = [("a.go", b"package main")]
    loader.get_code("main", srcs)
    loader.get_code("dep")
    loader.get_code("main", srcs)
    loader.get_code("dep")
    assert len(calls) == 2
    f.write_text("x = 3\n")                          # the compiler changes
    os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000))
    monkeypatch.setattr(cache, "_compiler_stamp", None)   # a new process
    loader.get_code("main", srcs)
    loader.get_code("dep")
    assert len(calls) == 4


def test_format_g_matches_go_print():
    # println's float text in go1.27 (recorded with the real toolchain in testdata/printbuiltin.err)
    assert format_g(2.5) == "2.5" and format_g(-1e300) == "-1e+300" and format_g(1e20) == "1e+20"
    assert format_g(1e20, 21) == "100000000000000000000" and format_g(1e21, 21) == "1e+21"
