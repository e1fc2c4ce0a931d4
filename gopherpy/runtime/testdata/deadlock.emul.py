from gopherpy.runtime import chan, proc, selectgo

def worker(c):
    chan.chansend(c, 1)


def sleeper():
    m = None
    chan.chanrecv(m)


def main():
    c = chan.makechan(0)
    proc.go(worker, c)
    proc.go(sleeper)
    proc.go(lambda: selectgo.block())
    chan.chanrecv(c)
    chan.chanrecv(c)
