(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_56 () Int)
(declare-fun read_value () Real)
(declare-fun x_49 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_44 18))
(assert
 (= phase_45 18))
(assert
 (= phase_46 19))
(assert
 (= phase_54 18))
(assert
 (= phase_55 18))
(assert
 (= phase_56 19))
(assert
 (let ((?x19922 (* (- 1.0) x_49)))
 (let (($x10785 (>= boundary 19)))
 (let ((?x24993 (ite $x10785 ?x19922 0.0)))
 (let ((?x25383 (+ (ite (>= boundary 15) (* 1.0 x_49) 0.0) ?x24993)))
 (let (($x25213 (= read_value x_49)))
 (let (($x6795 (and (and (= read_index 5) (not false)) (= boundary (- phase_56 2)))))
 (let (($x42466 (and (and (= read_index 4) (not false)) (= boundary (- phase_55 1)))))
 (let (($x19735 (and (and (= read_index 3) (not false)) (= boundary (- phase_54 1)))))
 (let (($x10085 (and (and (= read_index 2) (not false)) (= boundary (- phase_46 2)))))
 (let (($x24772 (and (and (= read_index 1) (not false)) (= boundary (- phase_45 1)))))
 (let (($x24066 (and (and (= read_index 0) (not false)) (= boundary (- phase_44 1)))))
 (let (($x11157 (or (and $x24066 $x25213) (and $x24772 $x25213) (and $x10085 $x25213) (and $x19735 $x25213) (and $x42466 $x25213) (and $x6795 $x25213))))
 (and $x11157 (and (distinct ?x25383 read_value) true)))))))))))))))
(check-sat)
