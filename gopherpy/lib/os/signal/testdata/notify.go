package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	syscall.Kill(syscall.Getpid(), syscall.SIGINT)
	s := <-c
	fmt.Println("got", s, s == os.Interrupt)
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	fmt.Println("got", <-c)

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGUSR1)
	fmt.Println(ctx)
	syscall.Kill(syscall.Getpid(), syscall.SIGUSR1)
	<-ctx.Done()
	fmt.Println("context done:", ctx.Err())
	stop()

	signal.Ignore(syscall.SIGHUP)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGHUP), signal.Ignored(syscall.SIGINT))
	syscall.Kill(syscall.Getpid(), syscall.SIGHUP)

	signal.Stop(c)
	fmt.Println(syscall.SIGKILL, syscall.Signal(77), os.Kill)
	fmt.Println("resetting SIGTERM: the next one kills the process")
	signal.Reset()
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	select {}
}
