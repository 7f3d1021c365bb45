#!/usr/bin/env python3
"""The peer of `coaching efektivitas` in pandas, as an analyst would write it: the same rules
(baseline = mean of the usable periods among the three before the coaching period; after = the
first and second period after; comparisons of the same jabatan not coached on the aspect from
three periods before to two after, within the caliper on the aspect's baseline, the nearest by
the distance over the aspect's and the overall score's baselines, ties to the lower NIP; a person
coached twice on an aspect measured without overlapping periods; the roll-up's interval allowing
for shared comparisons and clustered by person) and the same outputs' content (units and
roll-ups as CSV, commitments followed up).

    Scripts/effectiveness_peer.py OUTDIR REPORT.csv... --riwayat riwayat-coaching.csv --today YYYY-MM-DD
"""
import argparse, math, os, sys, warnings
import numpy as np
import pandas as pd

warnings.filterwarnings("ignore", category=RuntimeWarning)  # nanmean of people without a usable period
CALIPER, MIN_EVAL, MIN_COMP, MAX_COMP = 3.0, 5, 3, 10
MINIMUM = {"etika_bertelepon": 75, "interaksi_empati": 75, "akurasi_informasi": 80, "efisiensi": 70, "kepatuhan_sop": 80, "nilai_kualitas": 80}
NAMES = {"etika_bertelepon": "etika bertelepon", "interaksi_empati": "interaksi empati", "akurasi_informasi": "akurasi informasi",
         "efisiensi": "efisiensi", "kepatuhan_sop": "kepatuhan sop"}
T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]


def t975(df):
    if df <= 30:
        return T975[df - 1]
    z, n = 1.959964, float(df)
    return z + (z**3 + z) / (4 * n) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * n * n) + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * n**3)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("reports", nargs="+")
    ap.add_argument("--riwayat", required=True)
    ap.add_argument("--today", required=True)
    a = ap.parse_args()
    df = pd.concat([pd.read_csv(f, dtype={"nip": str, "nip_team_leader": str}, keep_default_na=False, na_values=[""]) for f in a.reports])
    if df.duplicated(["periode", "nip"]).any():
        sys.exit("duplicate (periode, nip)")
    aspects = [c[6:] for c in df.columns if c.startswith("aspek_")]
    y, m = df["periode"].str.slice(0, 4).astype(int), df["periode"].str.slice(5, 7).astype(int)
    df["p"] = y * 12 + m - 1
    first, last = df["p"].min(), df["p"].max()
    width = last - first + 1
    people = np.sort(df["nip"].unique())
    df["i"] = np.searchsorted(people, df["nip"])
    k = (df["p"] - first).to_numpy()
    i = df["i"].to_numpy()
    usable = df["jumlah_penilaian"].to_numpy() >= MIN_EVAL
    grids = {}
    for code, col in [("nilai_kualitas", "nilai_kualitas")] + [(x, "aspek_" + x) for x in aspects]:
        g = np.full((len(people), width), np.nan)
        g[i[usable], k[usable]] = df[col].to_numpy(dtype=float)[usable]
        grids[code] = g
    jab = np.full((len(people), width), -1, dtype=np.int8)
    jab[i, k] = (df["jabatan"] == "Team Leader Informasi").to_numpy().astype(np.int8)
    names = pd.Series(df["nama"].to_numpy(), index=df["nip"]).groupby(level=0).first()

    s = pd.read_csv(a.riwayat, dtype=str, keep_default_na=False)
    sessions = s.drop_duplicates("berita_acara").copy()
    sessions["c"] = sessions["tanggal"].str.slice(0, 4).astype(int) * 12 + sessions["tanggal"].str.slice(5, 7).astype(int) - 1 - first
    sessions["i"] = np.searchsorted(people, sessions["nip"])
    units = sessions.assign(aspek=sessions["aspek"].str.split(" ")).explode("aspek")
    units = units.sort_values(["tanggal", "nip", "berita_acara"], kind="stable")
    coached = units.groupby("aspek")
    # Each person's coaching periods per aspect: a unit's periods must not overlap another's.
    periods_of = units.groupby(["i", "aspek"])["c"].apply(lambda x: sorted(set(x))).to_dict()

    def col(g, kk):
        return g[:, kk] if 0 <= kk < width else np.full(len(people), np.nan)

    def jabatan_before(c):
        # As of the last row before c (c-1, c-2, c-3), else the first from c on: later writes win.
        out = np.full(len(people), -1, dtype=np.int8)
        for kk in [c + 2, c + 1, c, c - 3, c - 2, c - 1]:
            if 0 <= kk < width:
                out = np.where(jab[:, kk] >= 0, jab[:, kk], out)
        return out

    rows = []
    for (c, aspect), group in units.groupby(["c", "aspek"], sort=False):
        g, q = grids[aspect], grids["nilai_kualitas"]
        with np.errstate(all="ignore"):
            base = np.nanmean(np.stack([col(g, c - 1), col(g, c - 2), col(g, c - 3)]), axis=0)
            qbase = np.nanmean(np.stack([col(q, c - 1), col(q, c - 2), col(q, c - 3)]), axis=0)
        qbase = np.nan_to_num(qbase)
        a1, a2 = col(g, c + 1), col(g, c + 2)
        jb = jabatan_before(c)
        mine = coached.get_group(aspect)
        excluded = np.zeros(len(people), bool)
        excluded[mine["i"][(mine["c"] >= c - 3) & (mine["c"] <= c + 2)].to_numpy()] = True
        eligible = ~excluded & ~np.isnan(base)
        pools = {}
        for _, u in group.iterrows():
            p = u["i"]
            others = periods_of[(p, aspect)]
            nxt = min([o for o in others if o > c], default=None)
            prev = max([o for o in others if o < c], default=None)
            v1 = a1[p] if nxt is None or c + 1 < nxt else np.nan
            v2 = a2[p] if nxt is None or c + 2 < nxt else np.nan
            after = [v for v in (v1, v2) if not np.isnan(v)]
            mask = (0 if np.isnan(v1) else 1) | (0 if np.isnan(v2) else 2)
            r = dict(berita_acara=u["berita_acara"], batch=u["batch"], pelatih=u["pelatih"], nip=u["nip"], aspek=aspect, status="data belum cukup",
                     baseline=np.nan, change=np.nan, n=0, comp=np.nan, effect=np.nan, comps=[])
            if np.isnan(base[p]):
                rows.append(r); continue
            r["baseline"] = base[p]
            if (prev is not None and c - 3 <= prev + 2) or nxt == c + 1 or not after:
                rows.append(r); continue
            r["change"] = sum(after) / len(after) - base[p]
            key = (jb[p], mask)
            if key not in pools:
                ok = eligible & (jb == jb[p])
                if mask & 1: ok &= ~np.isnan(a1)
                if mask & 2: ok &= ~np.isnan(a2)
                idx = np.nonzero(ok)[0]
                ch = (np.nan_to_num(a1[idx]) * (mask & 1) + np.nan_to_num(a2[idx]) * (mask >> 1)) / (1 + (mask == 3)) - base[idx]
                order = np.lexsort((idx, base[idx]))
                pools[key] = (idx[order], base[idx][order], qbase[idx][order], ch[order])
            idx, b, qb, ch = pools[key]
            lo, hi = np.searchsorted(b, base[p] - CALIPER - 1e-9, "left"), np.searchsorted(b, base[p] + CALIPER + 1e-9, "right")
            # In units of 1e-9, rounded: equal real distances tie (lower NIP first), as in coaching.
            d = np.round(((b[lo:hi] - base[p]) ** 2 + (qb[lo:hi] - qbase[p]) ** 2) * 1e9)
            pick = np.lexsort((idx[lo:hi], d))[:MAX_COMP] + lo
            r["n"] = len(pick)
            r["comps"] = list(zip(idx[pick], ch[pick]))
            if len(pick) >= MIN_COMP:
                r["comp"] = ch[pick].mean()
                r["effect"] = r["change"] - r["comp"]
                r["status"] = "terukur"
            rows.append(r)
    res = pd.DataFrame(rows)

    def rollup(frame):
        mframe = frame[frame["status"] == "terukur"]
        n = len(mframe)
        out = dict(units=len(frame), measured=n, naive=mframe["change"].mean(), effect=mframe["effect"].mean(), low=np.nan, high=np.nan)
        g = mframe["nip"].nunique()
        if g >= 2:
            mean = out["effect"]
            weights, within, dof, inv = {}, 0.0, 0.0, 0.0
            for comps in mframe["comps"]:
                kk = len(comps)
                centre = sum(c for _, c in comps) / kk
                for j, c in comps:
                    weights[j] = weights.get(j, 0.0) + 1 / (n * kk)
                    within += (c - centre) ** 2
                dof += kk - 1
                inv += 1 / kk
            sc2 = within / dof if dof > 0 else 0.0
            # Clustered by person: G/(G-1) * sum over people of (their summed deviations)^2 / N^2.
            sums = (mframe["effect"] - mean).groupby(mframe["nip"]).sum()
            mean_var = g / (g - 1) * (sums ** 2).sum() / (n * n)
            var = max(0.0, mean_var - sc2 * inv / (n * n)) + sc2 * sum(w * w for w in weights.values())
            half = t975(g - 1) * math.sqrt(var)
            out["low"], out["high"] = mean - half, mean + half
        return out

    summary = [dict(dimensi="semua", kelompok="semua", **rollup(res))]
    for dim, column in [("aspek", "aspek"), ("pelatih", "pelatih"), ("batch", "batch")]:
        for key, frame in res.groupby(column):
            summary.append(dict(dimensi=dim, kelompok=key, **rollup(frame)))

    # Commitments: judged by the first usable row from the target's period on (from the period
    # after the coaching month when the target falls inside it); without a baseline, only
    # whether the minimum was reached.
    today = pd.Timestamp(a.today)
    com = s[s["komitmen"] != ""].copy()
    outcomes = []
    for _, c in com.iterrows():
        codes = c["aspek"].split(" ")
        text = c["komitmen"].lower()
        code = next((x for x in codes if x in text or x.replace("_", " ") in text or NAMES.get(x, x) in text), codes[0] if codes[0] else "nilai_kualitas")
        if pd.Timestamp(c["target_komitmen"]) >= today:
            outcomes.append("belum jatuh tempo"); continue
        p = np.searchsorted(people, c["nip"])
        due = int(c["target_komitmen"][:4]) * 12 + int(c["target_komitmen"][5:7]) - 1 - first
        cc = int(c["tanggal"][:4]) * 12 + int(c["tanggal"][5:7]) - 1 - first
        due = max(due, cc + 1)
        row = grids[code][p, max(due, 0):]
        hit = np.nonzero(~np.isnan(row))[0]
        if len(hit) == 0:
            outcomes.append("menunggu laporan"); continue
        value = row[hit[0]]
        with np.errstate(all="ignore"):
            base = np.nanmean([grids[code][p, kk] for kk in (cc - 1, cc - 2, cc - 3) if 0 <= kk < width] or [np.nan])
        outcomes.append("tercapai" if value >= MINIMUM.get(code, 75) else "belum tercapai" if np.isnan(base)
                        else "membaik" if value > base else "belum membaik")
    com["hasil"] = outcomes

    os.makedirs(a.out, exist_ok=True)
    res.drop(columns=["comps"]).to_csv(os.path.join(a.out, "efektivitas.csv"), sep=";", decimal=",", index=False)
    pd.DataFrame(summary).to_csv(os.path.join(a.out, "ringkasan.csv"), sep=";", decimal=",", index=False)
    com.to_csv(os.path.join(a.out, "komitmen.csv"), sep=";", index=False)
    s0 = summary[0]
    print(f"peer: {s0['units']} units, {s0['measured']} measured, effect {s0['effect']:.2f} [{s0['low']:.2f}, {s0['high']:.2f}], "
          f"commitments {pd.Series(outcomes).value_counts().to_dict()}")


if __name__ == "__main__":
    main()
