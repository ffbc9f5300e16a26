(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_796 () Int)
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
(declare-fun x_1169 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_796 12))
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
 (let ((?x57436 (* (- 1.0) x_1169)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x58679 (ite $x24162 ?x57436 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x47003 (ite $x175310 (* 1.0 x_1169) 0.0)))
 (let ((?x60923 (+ ?x47003 ?x58679)))
 (let (($x91422 (= read_value x_1169)))
 (let (($x197388 (= read_index 12)))
 (let (($x223675 (and (and $x197388 (not (= phase_796 (- phase_847 1)))) (= boundary (- phase_847 2)))))
 (let (($x195928 (and (and (= read_index 11) (not false)) (= boundary (- phase_845 1)))))
 (let (($x3889 (and (and (= read_index 10) (not false)) (= boundary (- phase_844 1)))))
 (let (($x219806 (and (and (= read_index 9) (not false)) (= boundary (- phase_843 1)))))
 (let (($x64975 (and (and (= read_index 8) (not false)) (= boundary (- phase_842 1)))))
 (let (($x91010 (and (and (= read_index 7) (not false)) (= boundary (- phase_841 1)))))
 (let (($x211459 (and (and (= read_index 6) (not false)) (= boundary (- phase_840 1)))))
 (let (($x108991 (and (and (= read_index 5) (not false)) (= boundary (- phase_839 1)))))
 (let (($x115348 (and (and (= read_index 4) (not false)) (= boundary (- phase_838 1)))))
 (let (($x147226 (and (and (= read_index 3) (not false)) (= boundary (- phase_837 1)))))
 (let (($x137371 (and (and (= read_index 2) (not false)) (= boundary (- phase_836 1)))))
 (let (($x190224 (and (and (= read_index 1) (not false)) (= boundary (- phase_835 1)))))
 (let (($x58225 (and (and (= read_index 0) (not false)) (= boundary (- phase_834 1)))))
 (let (($x38104 (or (and $x58225 $x91422) (and $x190224 $x91422) (and $x137371 $x91422) (and $x147226 $x91422) (and $x115348 $x91422) (and $x108991 $x91422) (and $x211459 $x91422) (and $x91010 $x91422) (and $x64975 $x91422) (and $x219806 $x91422) (and $x3889 $x91422) (and $x195928 $x91422) (and $x223675 $x91422))))
 (and $x38104 (and (distinct ?x60923 read_value) true)))))))))))))))))))))))))
(check-sat)
