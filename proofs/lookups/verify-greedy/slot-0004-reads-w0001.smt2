(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_4 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun x_4 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_4 0))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 4))
(assert
 (let ((?x1674 (+ phase_4 1)))
 (let (($x18692 (> ?x1674 (- 1))))
 (let ((?x19740 (ite $x18692 ?x1674 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) (- 1))) (< (- 1) ?x19740)) x_4 0.0))))))
(assert
 (let (($x9384 (and (distinct window_start_contents read_value) true)))
 (let (($x8570 (not (and (and true (> boundary (- 1))) (<= boundary 3)))))
 (let (($x53056 (or $x8570 $x9384)))
 (let (($x11204 (= read_value x_4)))
 (let (($x5406 (and (and (= read_index 34) (not false)) (= boundary (- phase_125 1)))))
 (let (($x51259 (and $x5406 $x11204)))
 (let (($x1624 (and (and (= read_index 33) (not false)) (= boundary (- phase_124 1)))))
 (let (($x10289 (and $x1624 $x11204)))
 (let (($x8736 (and (and (= read_index 32) (not false)) (= boundary (- phase_123 1)))))
 (let (($x44420 (and $x8736 $x11204)))
 (let (($x50625 (and (and (= read_index 31) (not false)) (= boundary (- phase_122 1)))))
 (let (($x14444 (and $x50625 $x11204)))
 (let (($x52566 (and (and (= read_index 30) (not false)) (= boundary (- phase_121 1)))))
 (let (($x44876 (and $x52566 $x11204)))
 (let (($x50653 (and (and (= read_index 29) (not false)) (= boundary (- phase_120 1)))))
 (let (($x38836 (and $x50653 $x11204)))
 (let (($x51587 (and (and (= read_index 28) (not false)) (= boundary (- phase_119 1)))))
 (let (($x51429 (and $x51587 $x11204)))
 (let (($x53125 (and (and (= read_index 27) (not false)) (= boundary (- phase_118 1)))))
 (let (($x13969 (and $x53125 $x11204)))
 (let (($x52941 (and (and (= read_index 26) (not false)) (= boundary (- phase_117 1)))))
 (let (($x52662 (and $x52941 $x11204)))
 (let (($x3065 (and (and (= read_index 25) (not false)) (= boundary (- phase_116 1)))))
 (let (($x43816 (and $x3065 $x11204)))
 (let (($x41001 (and (and (= read_index 24) (not false)) (= boundary (- phase_115 1)))))
 (let (($x52324 (and $x41001 $x11204)))
 (let (($x43949 (and (and (= read_index 23) (not false)) (= boundary (- phase_114 1)))))
 (let (($x13982 (and $x43949 $x11204)))
 (let (($x4429 (and (and (= read_index 22) (not false)) (= boundary (- phase_113 1)))))
 (let (($x52226 (and $x4429 $x11204)))
 (let (($x50999 (and (and (= read_index 21) (not false)) (= boundary (- phase_112 1)))))
 (let (($x13127 (and $x50999 $x11204)))
 (let (($x38912 (and (and (= read_index 20) (not false)) (= boundary (- phase_111 1)))))
 (let (($x53786 (and $x38912 $x11204)))
 (let (($x53478 (and (and (= read_index 19) (not false)) (= boundary (- phase_110 1)))))
 (let (($x53702 (and $x53478 $x11204)))
 (let (($x43729 (and (and (= read_index 2) (not false)) (= boundary (- phase_7 1)))))
 (let (($x44020 (and $x43729 $x11204)))
 (let (($x8090 (and (and (= read_index 1) (not false)) (= boundary (- phase_6 1)))))
 (let (($x14557 (and $x8090 $x11204)))
 (let (($x56815 (or $x14557 $x44020 $x53702 $x53786 $x13127 $x52226 $x13982 $x52324 $x43816 $x52662 $x13969 $x51429 $x38836 $x44876 $x14444 $x44420 $x10289 $x51259)))
 (and $x56815 $x53056)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
