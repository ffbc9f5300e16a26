(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_808 () Int)
(declare-fun phase_866 () Int)
(declare-fun phase_867 () Int)
(declare-fun phase_868 () Int)
(declare-fun phase_869 () Int)
(declare-fun phase_870 () Int)
(declare-fun phase_871 () Int)
(declare-fun phase_872 () Int)
(declare-fun phase_873 () Int)
(declare-fun phase_874 () Int)
(declare-fun phase_875 () Int)
(declare-fun phase_876 () Int)
(declare-fun phase_877 () Int)
(declare-fun phase_878 () Int)
(declare-fun phase_879 () Int)
(declare-fun phase_880 () Int)
(declare-fun phase_881 () Int)
(declare-fun phase_882 () Int)
(declare-fun phase_883 () Int)
(declare-fun phase_884 () Int)
(declare-fun phase_885 () Int)
(declare-fun phase_887 () Int)
(declare-fun read_value () Real)
(declare-fun x_1190 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_808 12))
(assert
 (= phase_866 30))
(assert
 (= phase_867 30))
(assert
 (= phase_868 30))
(assert
 (= phase_869 30))
(assert
 (= phase_870 30))
(assert
 (= phase_871 30))
(assert
 (= phase_872 30))
(assert
 (= phase_873 30))
(assert
 (= phase_874 30))
(assert
 (= phase_875 30))
(assert
 (= phase_876 30))
(assert
 (= phase_877 30))
(assert
 (= phase_878 30))
(assert
 (= phase_879 30))
(assert
 (= phase_880 30))
(assert
 (= phase_881 30))
(assert
 (= phase_882 30))
(assert
 (= phase_883 30))
(assert
 (= phase_884 30))
(assert
 (= phase_885 30))
(assert
 (= phase_887 31))
(assert
 (let ((?x81188 (* (- 1.0) x_1190)))
 (let (($x38330 (>= boundary 31)))
 (let ((?x89978 (ite $x38330 ?x81188 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x63575 (ite $x175310 (* 1.0 x_1190) 0.0)))
 (let ((?x90688 (+ ?x63575 ?x89978)))
 (let (($x56141 (= read_value x_1190)))
 (let (($x71205 (= read_index 20)))
 (let (($x219442 (and (and $x71205 (not (= phase_808 (- phase_887 1)))) (= boundary (- phase_887 2)))))
 (let (($x119047 (and (and (= read_index 19) (not false)) (= boundary (- phase_885 1)))))
 (let (($x168075 (and (and (= read_index 18) (not false)) (= boundary (- phase_884 1)))))
 (let (($x126068 (and (and (= read_index 17) (not false)) (= boundary (- phase_883 1)))))
 (let (($x108370 (and (and (= read_index 16) (not false)) (= boundary (- phase_882 1)))))
 (let (($x26430 (and (and (= read_index 15) (not false)) (= boundary (- phase_881 1)))))
 (let (($x148863 (and (and (= read_index 14) (not false)) (= boundary (- phase_880 1)))))
 (let (($x146726 (and (and (= read_index 13) (not false)) (= boundary (- phase_879 1)))))
 (let (($x253147 (and (and (= read_index 12) (not false)) (= boundary (- phase_878 1)))))
 (let (($x81074 (and (and (= read_index 11) (not false)) (= boundary (- phase_877 1)))))
 (let (($x227046 (and (and (= read_index 10) (not false)) (= boundary (- phase_876 1)))))
 (let (($x226641 (and (and (= read_index 9) (not false)) (= boundary (- phase_875 1)))))
 (let (($x99773 (and (and (= read_index 8) (not false)) (= boundary (- phase_874 1)))))
 (let (($x193303 (and (and (= read_index 7) (not false)) (= boundary (- phase_873 1)))))
 (let (($x227262 (and (and (= read_index 6) (not false)) (= boundary (- phase_872 1)))))
 (let (($x146658 (and (and (= read_index 5) (not false)) (= boundary (- phase_871 1)))))
 (let (($x202862 (and (and (= read_index 4) (not false)) (= boundary (- phase_870 1)))))
 (let (($x227091 (and (and (= read_index 3) (not false)) (= boundary (- phase_869 1)))))
 (let (($x174802 (and (and (= read_index 2) (not false)) (= boundary (- phase_868 1)))))
 (let (($x129876 (and (and (= read_index 1) (not false)) (= boundary (- phase_867 1)))))
 (let (($x43517 (and (and (= read_index 0) (not false)) (= boundary (- phase_866 1)))))
 (let (($x73490 (or (and $x43517 $x56141) (and $x129876 $x56141) (and $x174802 $x56141) (and $x227091 $x56141) (and $x202862 $x56141) (and $x146658 $x56141) (and $x227262 $x56141) (and $x193303 $x56141) (and $x99773 $x56141) (and $x226641 $x56141) (and $x227046 $x56141) (and $x81074 $x56141) (and $x253147 $x56141) (and $x146726 $x56141) (and $x148863 $x56141) (and $x26430 $x56141) (and $x108370 $x56141) (and $x126068 $x56141) (and $x168075 $x56141) (and $x119047 $x56141) (and $x219442 $x56141))))
 (and $x73490 (and (distinct ?x90688 read_value) true)))))))))))))))))))))))))))))))))
(check-sat)
