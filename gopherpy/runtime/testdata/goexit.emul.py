from gopherpy.runtime import proc



def main():
    proc.go(lambda: print("other"))
    proc.Goexit()
