(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_797 () Int)
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
(declare-fun phase_847 () Int)
(declare-fun read_value () Real)
(declare-fun x_1170 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_797 12))
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
 (= phase_847 23))
(assert
 (let ((?x114034 (* (- 1.0) x_1170)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x115588 (ite $x24162 ?x114034 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x108991 (ite $x175310 (* 1.0 x_1170) 0.0)))
 (let ((?x120184 (+ ?x108991 ?x115588)))
 (let (($x63734 (= read_value x_1170)))
 (let (($x197388 (= read_index 12)))
 (let (($x103545 (and (and $x197388 (not (= phase_797 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x220188 (and (and (= read_index 11) (not false)) (= boundary (- phase_845 1)))))
 (let (($x217270 (and (and (= read_index 10) (not false)) (= boundary (- phase_844 1)))))
 (let (($x297695 (and (and (= read_index 9) (not false)) (= boundary (- phase_843 1)))))
 (let (($x91389 (and (and (= read_index 8) (not false)) (= boundary (- phase_842 1)))))
 (let (($x227087 (and (and (= read_index 7) (not false)) (= boundary (- phase_841 1)))))
 (let (($x218018 (and (and (= read_index 6) (not false)) (= boundary (- phase_840 1)))))
 (let (($x122173 (and (and (= read_index 5) (not false)) (= boundary (- phase_839 1)))))
 (let (($x143694 (and (and (= read_index 4) (not false)) (= boundary (- phase_838 1)))))
 (let (($x72817 (and (and (= read_index 3) (not false)) (= boundary (- phase_837 1)))))
 (let (($x183768 (and (and (= read_index 2) (not false)) (= boundary (- phase_836 1)))))
 (let (($x153689 (and (and (= read_index 1) (not false)) (= boundary (- phase_835 1)))))
 (let (($x57147 (and (and (= read_index 0) (not false)) (= boundary (- phase_834 1)))))
 (let (($x179195 (or (and $x57147 $x63734) (and $x153689 $x63734) (and $x183768 $x63734) (and $x72817 $x63734) (and $x143694 $x63734) (and $x122173 $x63734) (and $x218018 $x63734) (and $x227087 $x63734) (and $x91389 $x63734) (and $x297695 $x63734) (and $x217270 $x63734) (and $x220188 $x63734) (and $x103545 $x63734))))
 (and $x179195 (and (distinct ?x120184 read_value) true)))))))))))))))))))))))))
(check-sat)
