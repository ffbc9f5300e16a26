(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_834 () Int)
(declare-fun phase_835 () Int)
(declare-fun phase_836 () Int)
(declare-fun phase_837 () Int)
(declare-fun phase_838 () Int)
(declare-fun phase_839 () Int)
(declare-fun phase_840 () Int)
(declare-fun phase_841 () Int)
(declare-fun phase_842 () Int)
(declare-fun phase_843 () Int)
(declare-fun phase_844 () Int)
(declare-fun phase_845 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_117 22))
(assert
 (= phase_118 22))
(assert
 (= phase_425 20))
(assert
 (= phase_834 22))
(assert
 (= phase_835 22))
(assert
 (= phase_836 22))
(assert
 (= phase_837 22))
(assert
 (= phase_838 22))
(assert
 (= phase_839 22))
(assert
 (= phase_840 22))
(assert
 (= phase_841 22))
(assert
 (= phase_842 22))
(assert
 (= phase_843 22))
(assert
 (= phase_844 22))
(assert
 (= phase_845 22))
(assert
 (let ((?x16025 (+ phase_425 1)))
 (let (($x136729 (> ?x16025 (- 1))))
 (let ((?x164499 (ite $x136729 ?x16025 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 19)) (< 19 ?x164499)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x33038 (not (and (and true (> boundary 19)) (<= boundary 21)))))
 (let (($x73341 (or $x33038 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x135460 (and (and (= read_index 265) (not false)) (= boundary (- phase_845 1)))))
 (let (($x194107 (and $x135460 $x41424)))
 (let (($x166031 (and (and (= read_index 264) (not false)) (= boundary (- phase_844 1)))))
 (let (($x56385 (and $x166031 $x41424)))
 (let (($x110320 (and (and (= read_index 263) (not false)) (= boundary (- phase_843 1)))))
 (let (($x145401 (and $x110320 $x41424)))
 (let (($x172878 (and (and (= read_index 262) (not false)) (= boundary (- phase_842 1)))))
 (let (($x17105 (and $x172878 $x41424)))
 (let (($x164780 (and (and (= read_index 261) (not false)) (= boundary (- phase_841 1)))))
 (let (($x166040 (and $x164780 $x41424)))
 (let (($x162734 (and (and (= read_index 260) (not false)) (= boundary (- phase_840 1)))))
 (let (($x34981 (and $x162734 $x41424)))
 (let (($x18257 (and (and (= read_index 259) (not false)) (= boundary (- phase_839 1)))))
 (let (($x40795 (and $x18257 $x41424)))
 (let (($x166242 (and (and (= read_index 258) (not false)) (= boundary (- phase_838 1)))))
 (let (($x221223 (and $x166242 $x41424)))
 (let (($x98611 (and (and (= read_index 257) (not false)) (= boundary (- phase_837 1)))))
 (let (($x78815 (and $x98611 $x41424)))
 (let (($x90356 (and (and (= read_index 256) (not false)) (= boundary (- phase_836 1)))))
 (let (($x21928 (and $x90356 $x41424)))
 (let (($x221417 (and (and (= read_index 255) (not false)) (= boundary (- phase_835 1)))))
 (let (($x240040 (and $x221417 $x41424)))
 (let (($x215234 (and (and (= read_index 254) (not false)) (= boundary (- phase_834 1)))))
 (let (($x215918 (and $x215234 $x41424)))
 (let (($x147721 (and (and (= read_index 61) (not false)) (= boundary (- phase_118 1)))))
 (let (($x150745 (and $x147721 $x41424)))
 (let (($x113107 (and (and (= read_index 60) (not false)) (= boundary (- phase_117 1)))))
 (let (($x116377 (and $x113107 $x41424)))
 (let (($x80816 (and (and (= read_index 43) (not false)) (= boundary (- phase_82 1)))))
 (let (($x82282 (and $x80816 $x41424)))
 (let (($x20818 (and (and (= read_index 42) (not false)) (= boundary (- phase_81 1)))))
 (let (($x50911 (and $x20818 $x41424)))
 (let (($x206035 (or $x50911 $x82282 $x116377 $x150745 $x215918 $x240040 $x21928 $x78815 $x221223 $x40795 $x34981 $x166040 $x17105 $x145401 $x56385 $x194107)))
 (and $x206035 $x73341)))))))))))))))))))))))))))))))))))))))
(check-sat)
