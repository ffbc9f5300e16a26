(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_63 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_63 30))
(assert
 (= phase_76 34))
(assert
 (= phase_77 34))
(assert
 (= phase_86 34))
(assert
 (= phase_87 34))
(assert
 (= phase_89 38))
(assert
 (= phase_90 38))
(assert
 (= phase_96 34))
(assert
 (= phase_97 34))
(assert
 (= phase_99 38))
(assert
 (= phase_100 38))
(assert
 (= phase_106 34))
(assert
 (= phase_107 34))
(assert
 (= phase_109 38))
(assert
 (= phase_110 38))
(assert
 (= phase_119 38))
(assert
 (= phase_120 38))
(assert
 (let ((?x15326 (+ phase_63 1)))
 (let (($x20701 (> ?x15326 (- 1))))
 (let ((?x24882 (ite $x20701 ?x15326 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 29)) (< 29 ?x24882)) x_0 0.0))))))
(assert
 (let (($x22735 (and (distinct window_start_contents read_value) true)))
 (let (($x24907 (not (and (and true (> boundary 29)) (<= boundary 37)))))
 (let (($x26656 (or $x24907 $x22735)))
 (let (($x2131 (= read_value x_0)))
 (let (($x26747 (and (and (= read_index 84) (not false)) (= boundary (- phase_120 1)))))
 (let (($x25986 (and $x26747 $x2131)))
 (let (($x26753 (and (and (= read_index 83) (not false)) (= boundary (- phase_119 1)))))
 (let (($x20727 (and $x26753 $x2131)))
 (let (($x22995 (and (and (= read_index 77) (not false)) (= boundary (- phase_110 1)))))
 (let (($x23304 (and $x22995 $x2131)))
 (let (($x22993 (and (and (= read_index 76) (not false)) (= boundary (- phase_109 1)))))
 (let (($x24059 (and $x22993 $x2131)))
 (let (($x25008 (and (and (= read_index 75) (not false)) (= boundary (- phase_107 1)))))
 (let (($x11479 (and $x25008 $x2131)))
 (let (($x15295 (and (and (= read_index 74) (not false)) (= boundary (- phase_106 1)))))
 (let (($x9204 (and $x15295 $x2131)))
 (let (($x23618 (and (and (= read_index 70) (not false)) (= boundary (- phase_100 1)))))
 (let (($x18261 (and $x23618 $x2131)))
 (let (($x26093 (and (and (= read_index 69) (not false)) (= boundary (- phase_99 1)))))
 (let (($x23187 (and $x26093 $x2131)))
 (let (($x9813 (and (and (= read_index 68) (not false)) (= boundary (- phase_97 1)))))
 (let (($x13843 (and $x9813 $x2131)))
 (let (($x11671 (and (and (= read_index 67) (not false)) (= boundary (- phase_96 1)))))
 (let (($x22401 (and $x11671 $x2131)))
 (let (($x26964 (and (and (= read_index 63) (not false)) (= boundary (- phase_90 1)))))
 (let (($x23135 (and $x26964 $x2131)))
 (let (($x26653 (and (and (= read_index 62) (not false)) (= boundary (- phase_89 1)))))
 (let (($x26621 (and $x26653 $x2131)))
 (let (($x23901 (and (and (= read_index 61) (not false)) (= boundary (- phase_87 1)))))
 (let (($x22906 (and $x23901 $x2131)))
 (let (($x25484 (and (and (= read_index 60) (not false)) (= boundary (- phase_86 1)))))
 (let (($x25717 (and $x25484 $x2131)))
 (let (($x22649 (and (and (= read_index 54) (not false)) (= boundary (- phase_77 1)))))
 (let (($x22792 (and $x22649 $x2131)))
 (let (($x8398 (and (and (= read_index 53) (not false)) (= boundary (- phase_76 1)))))
 (let (($x10842 (and $x8398 $x2131)))
 (let (($x25121 (or $x10842 $x22792 $x25717 $x22906 $x26621 $x23135 $x22401 $x13843 $x23187 $x18261 $x9204 $x11479 $x24059 $x23304 $x20727 $x25986)))
 (and $x25121 $x26656)))))))))))))))))))))))))))))))))))))))
(check-sat)
