// Package codehost is the edge to code hosts (GitHub, GitLab, or any host an
// organisation allows): it fetches a repository's licence file over HTTPS, only from
// allowed hosts, within a time and size limit. It never runs or builds anything.
//
// It imports no workflow; the engine sees it through a small interface of its own.
package codehost
