import json, random
random.seed(7)
cases = []
fixed = [
 ("empty", [""]),
 ("simple", ["a\tb\tc\n", "aaa\tbbbb\tc\n", "x\n"]),
 ("trailing", ["a\tb\n", "aaaa\tbbbbb\n"]),
 ("emptycol", ["\ta\n", "\tbb\n", "x\t\ty\n"]),
 ("formfeed", ["a\tb\n", "aaaaaa\tb\f", "c\td\n"]),
 ("vtab", ["a\vb\vc\n", "aaa\vbbbb\vc\n"]),
 ("escape", ["a\udcff\t\n\udcff\tb\n", "aaa\tbbbb\n"]),
 ("html", ["<b>bold</b>\t&amp;x\n", "aaaaaa\tb\n"]),
 ("unicode", ["日本\tb\n", "aaaa\tb\n"]),
 ("indent", ["\t\ta\tb\n", "\t\taaaa\tbb\n", "\tc\n"]),
 ("nonl", ["a\tb\tc", "d"]),
 ("split", ["a\tbb", "b\tc\n", "aaa\t", "x\n"]),
]
for name, chunks in fixed:
    for (mw, tw, pad, pc, fl) in [(0,8,1,' ',0),(0,8,1,' ',8|16),(8,8,1,'\t',0),(5,0,2,'.',4),(0,4,1,'-',32),(0,8,1,' ',2),(0,8,1,' ',1|8)]:
        cases.append(dict(Name=f"{name}/{mw}-{tw}-{pad}-{fl}", Minwidth=mw, Tabwidth=tw, Padding=pad, Padchar=pc, Flags=fl, Chunks=chunks))
alpha = ["a","bb","ccc","\t","\t","\t","\v","\n","\n","\f","xyzzy","\udcff","\udcff","  ", "é"]
for k in range(60):
    s = "".join(random.choice(alpha) for _ in range(random.randint(5,60)))
    # keep escapes paired for valid utf-8 json transport
    parts = []
    cut = sorted(random.sample(range(len(s)+1), 2))
    chunks = [s[:cut[0]], s[cut[0]:cut[1]], s[cut[1]:]]
    fl = random.choice([0, 8|16, 8, 16, 2, 4, 32, 1])
    cases.append(dict(Name=f"rand{k}", Minwidth=random.choice([0,0,3]), Tabwidth=random.choice([8,4]), Padding=random.choice([1,2]), Padchar=random.choice([' ','\t','.']), Flags=fl, Chunks=chunks))
json.dump(cases, open("in.json","w"))
import base64
for c in cases:
    c["Chunks"] = [base64.b64encode(x.encode("utf-8","surrogateescape")).decode() for x in c["Chunks"]]
json.dump(cases, open("in.json","w"))
