//! Bitsets over rows and documents (`Vec<u64>`, bit `i` in word `i / 64`): the shape every
//! filter, search hit and facet pass in the index shares, and the word-at-a-time helpers on it.

/// The words of a bitset that bits `lo..hi` fall in, each with the mask of those bits.
pub(crate) fn word_masks(lo: usize, hi: usize) -> impl Iterator<Item = (usize, u64)> {
    let mut i = lo;
    std::iter::from_fn(move || {
        (i < hi).then(|| {
            let (k, b) = (i / 64, i % 64);
            let n = (64 - b).min(hi - i);
            i += n;
            let mask = if n == 64 {
                u64::MAX
            } else {
                ((1u64 << n) - 1) << b
            };
            (k, mask)
        })
    })
}

/// Whether any bit in `lo..hi` is set.
pub(crate) fn any_in_range(set: &[u64], lo: usize, hi: usize) -> bool {
    word_masks(lo, hi).any(|(k, mask)| set.get(k).is_some_and(|w| w & mask != 0))
}

/// Sets bits `lo..hi`, a word at a time.
pub(crate) fn set_range(set: &mut [u64], lo: usize, hi: usize) {
    for (k, mask) in word_masks(lo, hi) {
        if let Some(w) = set.get_mut(k) {
            *w |= mask;
        }
    }
}

/// Whether bit `i` is set.
pub(crate) fn bit(set: &[u64], i: usize) -> bool {
    set.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
}

#[cfg(test)]
mod tests {
    use super::{any_in_range, set_range};

    /// Word-at-a-time range setting and testing agree with doing it bit by bit, across word
    /// edges.
    #[test]
    fn bit_ranges_are_exact() {
        for lo in 0..150 {
            for hi in lo..200 {
                let mut fast = vec![0u64; 4];
                set_range(&mut fast, lo, hi);
                let mut slow = vec![0u64; 4];
                for i in lo..hi {
                    slow[i / 64] |= 1 << (i % 64);
                }
                assert_eq!(fast, slow, "{lo}..{hi}");
                for one in [lo.saturating_sub(1), lo, hi.saturating_sub(1), hi] {
                    let mut set = vec![0u64; 4];
                    set[one / 64] |= 1 << (one % 64);
                    assert_eq!(
                        any_in_range(&set, lo, hi),
                        (lo..hi).contains(&one),
                        "{one} in {lo}..{hi}"
                    );
                }
            }
        }
    }
}
