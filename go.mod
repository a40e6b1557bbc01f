module github.com/ospobot/ospobot

go 1.26.8

require (
	github.com/github/go-spdx/v2 v2.8.0
	github.com/google/licensecheck v0.3.1
)

require (
	github.com/stretchr/testify v1.11.1 // indirect
	go.etcd.io/bbolt v1.5.0 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/sys v0.45.0 // indirect
)
