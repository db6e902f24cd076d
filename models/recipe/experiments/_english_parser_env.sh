# Sourced by the English parser experiments: paths, Stanza's environment (one thread, offline), and
# the parser data re-tagged by the 0.7.0 tagger under $OUT/data (once). Set OUT before sourcing.
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
W=${EVENTCODE_MODELS_WORK:-$REPO/work-models}
PY=$REPO/models/.venv-train/bin/python
OUT=${OUT:?set OUT (the work folder of the experiment) before sourcing}
export UDBASE=$W/ud STANZA_RESOURCES_DIR=$W/stanza_resources OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 HF_HUB_OFFLINE=1 PYTHONHASHSEED=0
export DATA_ROOT=$OUT/data
PRETRAIN=$W/models/en/pretrain/en_spacymd_pca64_50k.pt
mkdir -p "$OUT"
if [ ! -f "$OUT/data/depparse/retagged.json" ]; then
  mkdir -p "$OUT/data"
  nice -n 19 "$PY" -m stanza.utils.datasets.prepare_depparse_treebank UD_English-Mix --no_charlm \
    --tagger_model "$W/models/en/pos-0.7.0.pt" --wordvec_pretrain_file "$PRETRAIN" > "$OUT/retag.log" 2>&1
  echo '{"tagger": "pos-0.7.0.pt"}' > "$OUT/data/depparse/retagged.json"
fi
