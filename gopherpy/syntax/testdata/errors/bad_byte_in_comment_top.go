/©/ comment
package main
