package main

cons»"Ãt x = 1
