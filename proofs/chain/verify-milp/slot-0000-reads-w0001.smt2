(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_8 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_8 10))
(assert
 (= phase_11 14))
(assert
 (= phase_12 14))
(assert
 (= phase_21 14))
(assert
 (= phase_22 14))
(assert
 (= phase_24 18))
(assert
 (= phase_25 18))
(assert
 (= phase_31 14))
(assert
 (= phase_32 14))
(assert
 (= phase_34 18))
(assert
 (= phase_35 18))
(assert
 (= phase_40 12))
(assert
 (= phase_41 14))
(assert
 (= phase_42 14))
(assert
 (= phase_44 18))
(assert
 (= phase_45 18))
(assert
 (= phase_53 16))
(assert
 (= phase_54 18))
(assert
 (= phase_55 18))
(assert
 (let ((?x14915 (+ phase_8 1)))
 (let (($x3875 (> ?x14915 (- 1))))
 (let ((?x21077 (ite $x3875 ?x14915 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 9)) (< 9 ?x21077)) x_0 0.0))))))
(assert
 (let (($x9328 (and (distinct window_start_contents read_value) true)))
 (let (($x15978 (not (and (and true (> boundary 9)) (<= boundary 17)))))
 (let (($x22299 (or $x15978 $x9328)))
 (let (($x16839 (= read_value x_0)))
 (let (($x1147 (and (and (= read_index 39) (not false)) (= boundary (- phase_55 1)))))
 (let (($x23808 (and $x1147 $x16839)))
 (let (($x24490 (and (and (= read_index 38) (not false)) (= boundary (- phase_54 1)))))
 (let (($x15513 (and $x24490 $x16839)))
 (let (($x23775 (and (and (= read_index 37) (not false)) (= boundary (- phase_53 1)))))
 (let (($x22309 (and $x23775 $x16839)))
 (let (($x2179 (and (and (= read_index 32) (not false)) (= boundary (- phase_45 1)))))
 (let (($x6229 (and $x2179 $x16839)))
 (let (($x23786 (and (and (= read_index 31) (not false)) (= boundary (- phase_44 1)))))
 (let (($x24376 (and $x23786 $x16839)))
 (let (($x24336 (and (and (= read_index 30) (not false)) (= boundary (- phase_42 1)))))
 (let (($x21975 (and $x24336 $x16839)))
 (let (($x23793 (and (and (= read_index 29) (not false)) (= boundary (- phase_41 1)))))
 (let (($x23947 (and $x23793 $x16839)))
 (let (($x23782 (and (and (= read_index 28) (not false)) (= boundary (- phase_40 1)))))
 (let (($x12646 (and $x23782 $x16839)))
 (let (($x3824 (and (and (= read_index 25) (not false)) (= boundary (- phase_35 1)))))
 (let (($x23977 (and $x3824 $x16839)))
 (let (($x24512 (and (and (= read_index 24) (not false)) (= boundary (- phase_34 1)))))
 (let (($x23715 (and $x24512 $x16839)))
 (let (($x23918 (and (and (= read_index 23) (not false)) (= boundary (- phase_32 1)))))
 (let (($x4535 (and $x23918 $x16839)))
 (let (($x22403 (and (and (= read_index 22) (not false)) (= boundary (- phase_31 1)))))
 (let (($x5111 (and $x22403 $x16839)))
 (let (($x23772 (and (and (= read_index 18) (not false)) (= boundary (- phase_25 1)))))
 (let (($x13813 (and $x23772 $x16839)))
 (let (($x22401 (and (and (= read_index 17) (not false)) (= boundary (- phase_24 1)))))
 (let (($x23992 (and $x22401 $x16839)))
 (let (($x22214 (and (and (= read_index 16) (not false)) (= boundary (- phase_22 1)))))
 (let (($x22977 (and $x22214 $x16839)))
 (let (($x25530 (and (and (= read_index 15) (not false)) (= boundary (- phase_21 1)))))
 (let (($x8162 (and $x25530 $x16839)))
 (let (($x22873 (and (and (= read_index 9) (not false)) (= boundary (- phase_12 1)))))
 (let (($x23994 (and $x22873 $x16839)))
 (let (($x4107 (and (and (= read_index 8) (not false)) (= boundary (- phase_11 1)))))
 (let (($x9151 (and $x4107 $x16839)))
 (let (($x6122 (or $x9151 $x23994 $x8162 $x22977 $x23992 $x13813 $x5111 $x4535 $x23715 $x23977 $x12646 $x23947 $x21975 $x24376 $x6229 $x22309 $x15513 $x23808)))
 (and $x6122 $x22299)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
