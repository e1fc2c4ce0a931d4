package constraints

// OS names the system the package was built for.
func OS() string { return "windows" }
