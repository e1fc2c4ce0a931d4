import sys
from gopherpy.runtime import proc


def main():
    proc.go(lambda: print("other", file=sys.stderr))
    proc.Goexit()
