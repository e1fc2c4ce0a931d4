package main

type S struct { *T; *(T); (T); T.U; *T.U; a.b }
