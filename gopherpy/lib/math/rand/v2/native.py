"""This file implements math/rand/v2's natives: the ziggurat tables (math/rand's) and the runtime source."""

from gopherpy.lib.math.rand.native import runtimeRand, zigExp, zigNormal  # noqa: F401
