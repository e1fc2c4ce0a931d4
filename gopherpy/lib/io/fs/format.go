package fs

import "time"

// FormatFileInfo returns a formatted version of info for human readability:
// mode, size, modification time and name ("-rw-r--r-- 100 1970-01-01 12:00:00 hello.go").
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	u := uint64(size)
	if size < 0 {
		b = append(b, '-')
		u = uint64(-size)
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	b = append(b, digits[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry returns a formatted version of dir for human readability:
// the type letters, then the name ("d subdir/", "- hello.go").
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	mode := dir.Type().String()
	b := make([]byte, 0, 5+len(name))
	b = append(b, mode[:len(mode)-9]...) // Type has no permission bits
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}
