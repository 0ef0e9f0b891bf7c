package engine

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/platlint/platlint/internal/model"
)

// InventoryPath is where cross-document facts live under data:
// data.platlint.inventory.
var InventoryPath = storage.Path{"platlint", "inventory"}

// podTemplateLabels is where each workload kind keeps its pod template's
// labels.
var podTemplateLabels = map[string][]string{
	"Pod":                   {"metadata", "labels"},
	"Deployment":            {"spec", "template", "metadata", "labels"},
	"StatefulSet":           {"spec", "template", "metadata", "labels"},
	"DaemonSet":             {"spec", "template", "metadata", "labels"},
	"ReplicaSet":            {"spec", "template", "metadata", "labels"},
	"ReplicationController": {"spec", "template", "metadata", "labels"},
	"Job":                   {"spec", "template", "metadata", "labels"},
	"CronJob":               {"spec", "jobTemplate", "spec", "template", "metadata", "labels"},
}

// kubernetesIndexes builds two lookups that checks across objects would
// otherwise recompute by walking a whole namespace for every document:
// pod_labels[ns]["key=value"] is the set of workloads (by "Kind/name")
// whose pod template carries that label, and api_versions[ns] the set of
// apiVersions present in the namespace.
func kubernetesIndexes(docs []model.Document) (podLabels, apiVersions map[string]any) {
	podLabels, apiVersions = map[string]any{}, map[string]any{}
	for i := range docs {
		in := docs[i].Input
		kind, _ := in["kind"].(string)
		api, _ := in["apiVersion"].(string)
		meta, _ := in["metadata"].(map[string]any)
		name, _ := meta["name"].(string)
		ns, _ := meta["namespace"].(string)
		versions, _ := apiVersions[ns].(map[string]any)
		if versions == nil {
			versions = map[string]any{}
			apiVersions[ns] = versions
		}
		versions[api] = true
		path, ok := podTemplateLabels[kind]
		if !ok {
			continue
		}
		var node any = in
		for _, key := range path {
			m, _ := node.(map[string]any)
			node = m[key]
		}
		labels, _ := node.(map[string]any)
		byPair, _ := podLabels[ns].(map[string]any)
		if byPair == nil {
			byPair = map[string]any{}
			podLabels[ns] = byPair
		}
		for k, v := range labels {
			value, ok := v.(string)
			if !ok {
				continue
			}
			pair := k + "=" + value
			set, _ := byPair[pair].(map[string]any)
			if set == nil {
				set = map[string]any{}
				byPair[pair] = set
			}
			set[kind+"/"+name] = true
		}
	}
	return podLabels, apiVersions
}

// selectorPaths is where the kinds that select pods by a LabelSelector
// keep it.
var selectorPaths = map[string][]string{
	"NetworkPolicy":       {"spec", "podSelector"},
	"PodDisruptionBudget": {"spec", "selector"},
}

// selectorIndex narrows "which of these objects select a pod with these
// labels" to a few candidates: selectors[kind][ns][key=value] holds the
// objects whose selector requires that matchLabels pair (one pair per
// selector is enough: a pod without it cannot match), and
// selectors[kind][ns]["*"] those whose selector has no matchLabels. Policies
// still evaluate each candidate's whole selector.
func selectorIndex(docs []model.Document) map[string]any {
	out := map[string]any{}
	for i := range docs {
		in := docs[i].Input
		kind, _ := in["kind"].(string)
		path, ok := selectorPaths[kind]
		if !ok {
			continue
		}
		meta, _ := in["metadata"].(map[string]any)
		name, _ := meta["name"].(string)
		ns, _ := meta["namespace"].(string)
		var node any = in
		for _, key := range path {
			m, _ := node.(map[string]any)
			node = m[key]
		}
		sel, _ := node.(map[string]any)
		key := "*"
		if labels, _ := sel["matchLabels"].(map[string]any); len(labels) > 0 {
			keys := slices.Sorted(maps.Keys(labels))
			if v, ok := labels[keys[0]].(string); ok {
				key = keys[0] + "=" + v
			}
		}
		byNS, _ := out[kind].(map[string]any)
		if byNS == nil {
			byNS = map[string]any{}
			out[kind] = byNS
		}
		byKey, _ := byNS[ns].(map[string]any)
		if byKey == nil {
			byKey = map[string]any{}
			byNS[ns] = byKey
		}
		names, _ := byKey[key].(map[string]any)
		if names == nil {
			names = map[string]any{}
			byKey[key] = names
		}
		names[name] = true
	}
	return out
}

// subjectIndex lists the subjects of every RoleBinding and
// ClusterRoleBinding by kind and name: subjects[kind][name] is a list of
// {"subject": ..., "namespace": the binding's namespace}. Checks that ask
// whether an account is bound then read the few bindings that name it
// instead of every binding of the scan.
func subjectIndex(docs []model.Document) map[string]any {
	out := map[string]any{}
	for i := range docs {
		in := docs[i].Input
		if kind, _ := in["kind"].(string); kind != "RoleBinding" && kind != "ClusterRoleBinding" {
			continue
		}
		meta, _ := in["metadata"].(map[string]any)
		ns, _ := meta["namespace"].(string)
		subjects, _ := in["subjects"].([]any)
		for _, s := range subjects {
			subject, _ := s.(map[string]any)
			kind, _ := subject["kind"].(string)
			name, _ := subject["name"].(string)
			byName, _ := out[kind].(map[string]any)
			if byName == nil {
				byName = map[string]any{}
				out[kind] = byName
			}
			entries, _ := byName[name].([]any)
			byName[name] = append(entries, map[string]any{"subject": subject, "namespace": ns})
		}
	}
	return out
}

// NeedsInventory reports whether any check reads data.platlint.inventory,
// so that a scan only pays for the two-phase Kubernetes pass when a policy
// uses it.
func (e *Engine) NeedsInventory() bool {
	_, ok := e.kinds[model.KindKubernetes]
	return ok
}

// SetInventory stores the objects of the scan for checks across documents:
// data.platlint.inventory.kubernetes[kind][namespace][name] is each object,
// with namespace "" when the manifest sets none, and complete says whether
// whole directories were scanned, so that such checks can stay quiet on a
// partial view (pre-commit passes single files). It must not run
// concurrently with Evaluate.
func (e *Engine) SetInventory(ctx context.Context, docs []model.Document, complete bool) error {
	kube := map[string]any{}
	for i := range docs {
		d := &docs[i]
		if d.Kind != model.KindKubernetes {
			continue
		}
		kind, _ := d.Input["kind"].(string)
		meta, _ := d.Input["metadata"].(map[string]any)
		name, _ := meta["name"].(string)
		ns, _ := meta["namespace"].(string)
		if kind == "" {
			continue
		}
		byNS, _ := kube[kind].(map[string]any)
		if byNS == nil {
			byNS = map[string]any{}
			kube[kind] = byNS
		}
		byName, _ := byNS[ns].(map[string]any)
		if byName == nil {
			byName = map[string]any{}
			byNS[ns] = byName
		}
		byName[name] = d.Input
	}
	podLabels, apiVersions := kubernetesIndexes(docs)
	inv := map[string]any{
		"kubernetes":   kube,
		"complete":     complete,
		"pod_labels":   podLabels,
		"api_versions": apiVersions,
		"selectors":    selectorIndex(docs),
		"subjects":     subjectIndex(docs),
	}
	txn, err := e.store.NewTransaction(ctx, storage.WriteParams)
	if err != nil {
		return err
	}
	if err := storage.MakeDir(ctx, e.store, txn, InventoryPath[:1]); err != nil {
		e.store.Abort(ctx, txn)
		return fmt.Errorf("inventory: %w", err)
	}
	value, err := ast.InterfaceToValue(inv)
	if err != nil {
		e.store.Abort(ctx, txn)
		return fmt.Errorf("inventory: %w", err)
	}
	if err := e.store.Write(ctx, txn, storage.AddOp, InventoryPath, value); err != nil {
		e.store.Abort(ctx, txn)
		return fmt.Errorf("inventory: %w", err)
	}
	return e.store.Commit(ctx, txn)
}
