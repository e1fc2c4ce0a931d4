"""binary-trees, idiomatic Python (same algorithm as binarytrees.go)."""
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def bottom_up(depth):
    if depth <= 0:
        return Node()
    return Node(bottom_up(depth - 1), bottom_up(depth - 1))


n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
min_depth = 4
max_depth = max(min_depth + 2, n)
stretch = max_depth + 1
print(f"stretch tree of depth {stretch}\t check: {bottom_up(stretch).check()}")
long = bottom_up(max_depth)
for d in range(min_depth, max_depth + 1, 2):
    iters = 1 << (max_depth - d + min_depth)
    chk = sum(bottom_up(d).check() for _ in range(iters))
    print(f"{iters}\t trees of depth {d}\t check: {chk}")
print(f"long lived tree of depth {max_depth}\t check: {long.check()}")
