from gopherpy.cmd.main import main

main()
