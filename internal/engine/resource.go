package engine

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/platlint/platlint/internal/model"
)

// resourceName names what a finding blames when the policy did not say:
// the Terraform address, the Kubernetes object (and container), or the
// Dockerfile stage.
func resourceName(doc *model.Document, path []any) string {
	switch doc.Kind {
	case model.KindTerraform:
		return terraformAddress(path)
	case model.KindKubernetes:
		return kubernetesName(doc.Input, path)
	case model.KindDockerfile:
		return dockerfileStage(doc.Input, path)
	}
	return ""
}

func seg(path []any, i int) string {
	if i >= len(path) {
		return ""
	}
	switch v := path[i].(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case float64:
		return strconv.Itoa(int(v))
	}
	return fmt.Sprint(path[i])
}

func index(path []any, i int) (int, bool) {
	n, err := strconv.Atoi(seg(path, i))
	return n, err == nil && i < len(path)
}

func terraformAddress(path []any) string {
	switch seg(path, 0) {
	case "resource":
		if len(path) >= 3 {
			return seg(path, 1) + "." + seg(path, 2)
		}
	case "data":
		if len(path) >= 3 {
			return "data." + seg(path, 1) + "." + seg(path, 2)
		}
	case "module", "output", "variable", "provider":
		if len(path) >= 2 {
			prefix := seg(path, 0)
			if prefix == "variable" {
				prefix = "var"
			}
			return prefix + "." + seg(path, 1)
		}
	case "locals":
		if len(path) >= 2 {
			return "local." + seg(path, 1)
		}
	case "terraform":
		if seg(path, 2) == "backend" && len(path) >= 4 {
			return fmt.Sprintf("backend %q", seg(path, 3))
		}
		return "terraform"
	}
	return ""
}

func kubernetesName(input map[string]any, path []any) string {
	kind, _ := input["kind"].(string)
	meta, _ := input["metadata"].(map[string]any)
	name, _ := meta["name"].(string)
	ns, _ := meta["namespace"].(string)
	out := kind
	switch {
	case ns != "" && name != "":
		out += " " + ns + "/" + name
	case name != "":
		out += " " + name
	}
	// Walk the path alongside the input to name the container it enters.
	var node any = input
	for i := 0; i < len(path); i++ {
		key := seg(path, i)
		switch n := node.(type) {
		case map[string]any:
			node = n[key]
			if key == "containers" || key == "initContainers" || key == "ephemeralContainers" {
				if j, ok := index(path, i+1); ok {
					if list, ok := node.([]any); ok && j < len(list) {
						c, _ := list[j].(map[string]any)
						cname, _ := c["name"].(string)
						word := "container"
						if key == "initContainers" {
							word = "init container"
						}
						out += fmt.Sprintf(" %s %q", word, cname)
					}
				}
			}
		case []any:
			j, err := strconv.Atoi(key)
			if err != nil || j < 0 || j >= len(n) {
				return out
			}
			node = n[j]
		default:
			return out
		}
	}
	return out
}

func dockerfileStage(input map[string]any, path []any) string {
	switch seg(path, 0) {
	case "stages":
		i, ok := index(path, 1)
		stages, _ := input["stages"].([]any)
		if !ok || i < 0 || i >= len(stages) {
			return ""
		}
		st, _ := stages[i].(map[string]any)
		line := jsonInt(st["line"])
		if i == len(stages)-1 {
			return fmt.Sprintf("final stage (line %d)", line)
		}
		if name, _ := st["name"].(string); name != "" {
			return fmt.Sprintf("stage %q (line %d)", name, line)
		}
		return fmt.Sprintf("stage %d (line %d)", i, line)
	case "args":
		i, ok := index(path, 1)
		args, _ := input["args"].([]any)
		if ok && i >= 0 && i < len(args) {
			a, _ := args[i].(map[string]any)
			name, _ := a["name"].(string)
			return "ARG " + name
		}
	}
	return ""
}

func jsonInt(v any) int {
	switch n := v.(type) {
	case json.Number:
		i, _ := n.Int64()
		return int(i)
	case float64:
		return int(n)
	case int:
		return n
	}
	return 0
}

// ResourceTypes lists what a document holds in the vocabulary of the rules'
// custom.resources: Terraform resource and data source types plus
// "backend.NAME" and "provider.NAME"; a Kubernetes object's kind; the
// instructions of a Dockerfile in upper case.
func ResourceTypes(doc *model.Document) []string {
	var out []string
	switch doc.Kind {
	case model.KindTerraform:
		for _, section := range []string{"resource", "data"} {
			byType, _ := doc.Input[section].(map[string]any)
			for t := range byType {
				out = append(out, t)
			}
		}
		blocks, _ := doc.Input["terraform"].([]any)
		for _, b := range blocks {
			body, _ := b.(map[string]any)
			backends, _ := body["backend"].(map[string]any)
			for name := range backends {
				out = append(out, "backend."+name)
			}
		}
		providers, _ := doc.Input["provider"].(map[string]any)
		for name := range providers {
			out = append(out, "provider."+name)
		}
	case model.KindKubernetes:
		if kind, ok := doc.Input["kind"].(string); ok {
			out = append(out, kind)
		}
	case model.KindDockerfile:
		stages, _ := doc.Input["stages"].([]any)
		for _, s := range stages {
			st, _ := s.(map[string]any)
			ins, _ := st["instructions"].([]any)
			for _, i := range ins {
				in, _ := i.(map[string]any)
				if cmd, ok := in["cmd"].(string); ok {
					out = append(out, strings.ToUpper(cmd))
				}
			}
		}
	}
	return out
}

// addressPointer turns a Terraform address (aws_s3_bucket.logs,
// data.aws_iam_policy_document.x, module.vpc, var.region, local.x) into the
// pointer of its block in the document; "" when it is not one.
func addressPointer(address string) string {
	parts := strings.Split(address, ".")
	switch {
	case len(parts) == 3 && parts[0] == "data":
		return model.Pointer("data", parts[1], parts[2])
	case len(parts) == 2 && parts[0] == "module":
		return model.Pointer("module", parts[1])
	case len(parts) == 2 && parts[0] == "var":
		return model.Pointer("variable", parts[1])
	case len(parts) == 2 && parts[0] == "local":
		return model.Pointer("locals", parts[1])
	case len(parts) == 2 && parts[0] == "output":
		return model.Pointer("output", parts[1])
	case len(parts) == 2:
		return model.Pointer("resource", parts[0], parts[1])
	}
	return ""
}
