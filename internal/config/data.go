package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"sigs.k8s.io/yaml"
)

// LoadData reads JSON or YAML documents whose top level is an object and
// merges them into the data policies see. Two files setting the same
// top-level key is an error rather than a silent override.
func LoadData(paths []string) (map[string]any, error) {
	out := map[string]any{}
	from := map[string]string{}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("data: %w", err)
		}
		ext := strings.ToLower(filepath.Ext(p))
		if !slices.Contains([]string{".json", ".yaml", ".yml"}, ext) {
			return nil, fmt.Errorf("data %s: want a .json, .yaml or .yml file", p)
		}
		js, err := yaml.YAMLToJSON(raw)
		if err != nil {
			return nil, fmt.Errorf("data %s: %w", p, err)
		}
		dec := json.NewDecoder(bytes.NewReader(js))
		dec.UseNumber()
		var doc map[string]any
		if err := dec.Decode(&doc); err != nil {
			return nil, fmt.Errorf("data %s: the top level must be an object: %w", p, err)
		}
		for k, v := range doc {
			if other, dup := from[k]; dup {
				return nil, fmt.Errorf("data %s: key %q is already set by %s", p, k, other)
			}
			if k == "platlint" {
				return nil, fmt.Errorf("data %s: the key \"platlint\" is reserved for platlint's own data", p)
			}
			out[k] = v
			from[k] = p
		}
	}
	return out, nil
}
