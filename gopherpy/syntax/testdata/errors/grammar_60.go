package main

package foo
