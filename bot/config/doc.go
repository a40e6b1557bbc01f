// Package config is ospobot's configuration as data: Default(), a strict decode of a
// YAML file (unknown keys and wrong types are errors naming the file, line and key),
// ${ENV_VAR} expansion in values, then Validate(), which reports every problem at once.
//
// It imports no chat SDK and no store.
package config
