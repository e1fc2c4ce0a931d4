"""Unit tests of the compiler's self-contained parts: name mangling, the cache, float text."""

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


def test_format_g_matches_go_print():
    # println's float text in go1.27 (recorded with the real toolchain in testdata/printbuiltin.err)
    assert format_g(2.5) == "2.5" and format_g(-1e300) == "-1e+300" and format_g(1e20) == "1e+20"
    assert format_g(1e20, 21) == "100000000000000000000" and format_g(1e21, 21) == "1e+21"
