// Package parse dispatches a discovered unit to the parser of its kind.
// Each parser turns source into model.Documents that keep source ranges.
package parse

import (
	"github.com/platlint/platlint/internal/model"
	"github.com/platlint/platlint/internal/parse/dockerfile"
	"github.com/platlint/platlint/internal/parse/kubernetes"
	"github.com/platlint/platlint/internal/parse/terraform"
)

// Unit parses the sources of one unit: all .tf files of a module directory
// (path is the directory), or the single file of a Kubernetes or Dockerfile
// unit. Files that cannot be parsed come back as errors; whatever did parse
// still comes back as documents.
func Unit(kind model.Kind, path string, srcs []model.Source) ([]model.Document, []model.ParseError) {
	switch kind {
	case model.KindTerraform:
		doc, errs := terraform.Parse(path, srcs)
		if doc == nil {
			return nil, errs
		}
		return []model.Document{*doc}, errs
	case model.KindKubernetes:
		var docs []model.Document
		var errs []model.ParseError
		for _, src := range srcs {
			d, e := kubernetes.Parse(src)
			docs = append(docs, d...)
			errs = append(errs, e...)
		}
		return docs, errs
	case model.KindDockerfile:
		var docs []model.Document
		var errs []model.ParseError
		for _, src := range srcs {
			d, e := dockerfile.Parse(src)
			if d != nil {
				docs = append(docs, *d)
			}
			errs = append(errs, e...)
		}
		return docs, errs
	}
	return nil, nil
}
