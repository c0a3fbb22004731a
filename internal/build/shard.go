package build

import (
	"fmt"
	"strconv"
	"strings"
)

// ShardSpec selects the K-th of N shards (1 <= K <= N).
type ShardSpec struct{ K, N int }

// ParseShard parses "K/N" as given to --shard.
func ParseShard(s string) (ShardSpec, error) {
	k, n, ok := strings.Cut(s, "/")
	if !ok {
		return ShardSpec{}, fmt.Errorf("--shard %q: want K/N, e.g. 1/4", s)
	}
	ki, err1 := strconv.Atoi(k)
	ni, err2 := strconv.Atoi(n)
	if err1 != nil || err2 != nil || ni < 1 || ki < 1 || ki > ni {
		return ShardSpec{}, fmt.Errorf("--shard %q: want K/N with 1 <= K <= N", s)
	}
	return ShardSpec{K: ki, N: ni}, nil
}

// Shard returns the briefs of shard spec: briefs must be sorted by path (as
// Discover returns them) and the i-th brief (0-based) goes to shard
// i mod N + 1, so every brief is in exactly one shard and shard sizes differ
// by at most one. A zero spec returns all briefs.
func Shard(briefs []Brief, spec ShardSpec) []Brief {
	if spec.N <= 1 {
		return briefs
	}
	var out []Brief
	for i, b := range briefs {
		if i%spec.N == spec.K-1 {
			out = append(out, b)
		}
	}
	return out
}
