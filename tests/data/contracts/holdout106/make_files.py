"""Builds the .docx and .pdf contracts of holdout106 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script. The PDFs are
broken into lines at word boundaries (word_pdf.write(..., wrap_words=True)).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H106Z01 = """
T:湘江干流梯级船闸联合调度平台建设项目系统集成合同
P:合同编号：XJHD-2026-ZC-017
P:采购人（甲方）：湖南省湘江航道事务中心
P:供应商（乙方）：长沙智航信息工程有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目公开招标文件（招标编号HNZC-2026-0312）、乙方投标文件和中标通知书，甲乙双方经协商一致，就湘江干流石湾、柳潭、青溪、白沙洲四座梯级船闸联合调度平台的建设签订本合同。
H:第一条 项目内容
P:1.1 乙方负责四座船闸联合调度平台的设计、供货、定制开发、安装调试、系统集成、培训及质保期服务。平台建成后，应实现四座船闸过闸计划统一编排、船舶过闸申报统一受理、闸室运行状态统一监视和调度指令统一下达。
P:1.2 平台主要功能包括：联合调度计划编排（含上下游水位、来船流量约束下的过闸排档优化）、过闸申报与缴费系统对接、AIS船位及水文数据接入、闸室视频智能分析（船舶越线、超高预警）、调度指令下达与回执、运行统计报表。详细功能及技术指标见招标文件第五章及附件二《技术规格响应表》。
P:1.3 本合同项下乙方交付的软件包括联合调度平台软件许可，以及为本项目定制开发的功能模块、算法模型和接口程序。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰陆拾万元整（¥4,600,000.00），为固定总价，包含设备、软件、开发、运输、安装、调试、集成、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|联合调度平台软件许可（四座船闸节点，永久许可）|1套|1,280,000
TB:2|定制开发（排档优化算法、过闸申报对接、AIS及水文数据接入、调度指令回执）|1项|1,460,000
TB:3|服务器、存储及网络安全设备|1批|1,126,000
TB:4|闸室视频智能分析终端（每座船闸8路）|4套|384,000
TB:5|安装部署与系统集成|1项|312,000
TB:6|操作及运维培训|1项|38,000
TB:|软硬件小计（第1、3、4项）||2,790,000
TB:|合同总价||4,600,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的25%作为预付款，即人民币壹佰壹拾伍万元。
P:3.2 全部设备到货、平台部署完成并通过初步验收后十五个工作日内，甲方支付合同总价的40%，即人民币壹佰捌拾肆万元。
P:3.3 系统试运行期满并通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币壹佰陆拾壹万元。
P:3.4 本项目资金为财政资金，甲方按国库集中支付程序办理付款。乙方应在每次付款前开具合法有效的增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百五十日内完成全部设备到货、安装及平台部署，具备初步验收条件。
P:4.2 设备到货后由甲乙双方共同开箱清点并签署到货单。到货单仅证明设备数量与外观，不代表质量验收。
P:4.3 乙方应编制实施方案，报甲方确认后实施。施工期间不得影响船闸正常通航，涉及闸控系统的接入作业须在甲方批准的停航窗口内进行。
H:第五条 验收
P:5.1 初步验收由甲方组织，按招标文件技术要求及附件二逐项测试，至少包括：（1）四座船闸过闸计划自动编排，单次编排计算时间不超过30秒；（2）AIS船位刷新周期不超过10秒，上下游水位数据接入完整；（3）过闸申报与现有缴费系统对接，连续五日对账无差异；（4）视频越线、超高预警检出率不低于95%；（5）第三方网络安全等级保护（三级）测评无高风险问题。
P:5.2 初步验收合格后进入九十日试运行。试运行期内无一级故障、二级故障累计不超过三次，且平台可用率达到第七条约定标准的，甲方组织最终验收，出具最终验收报告。
P:5.3 平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件故障修复、备件更换、软件缺陷修正及版本升级服务。
P:6.2 质保期满后，甲方如需乙方继续提供维保服务，双方另行签订维保合同。年度维保费不超过软硬件小计的8%，即每年不超过人民币贰拾贰万叁仟贰佰元，维保合同签订后前两年维保费不作上调。维保合同不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台年度可用率不低于99.95%（经甲方书面同意的计划内维护除外）。
P:7.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|平台整体不可用，或任一船闸无法接收调度指令|30分钟|2小时|6小时
TB:二级|部分功能不可用，不影响船闸运行|1小时|8小时|24小时
TB:三级|一般性问题、操作咨询|8小时|按需|5个工作日
P:7.3 乙方响应、到场或恢复超过上表时限的，每超过一小时向甲方支付违约金人民币贰仟元；年度可用率每低于约定标准0.01个百分点，乙方支付违约金人民币叁仟元。上述违约金乙方应在收到甲方书面通知后十日内支付。
H:第八条 数据安全
P:8.1 本项目涉及的调度数据、船舶过闸信息、船员及船东信息、视频图像等全部数据归甲方所有。乙方仅为履行本合同之目的接触和处理上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应按照网络安全等级保护三级要求落实安全措施：远程运维须经甲方审批并通过甲方堡垒机进行，全程审计；测试使用脱敏数据；乙方项目人员签署保密承诺书。
P:8.3 发生数据泄露、篡改或其他网络安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因导致的，乙方承担全部赔偿责任及由此产生的法律后果。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方非公开信息，包括航道、船闸设施的技术资料和调度规则，承担保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内持续有效。
H:第十条 知识产权
P:10.1 平台软件（标准产品）的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在本单位及所属船闸管理单位范围内使用。
P:10.2 为本项目定制开发的功能模块、接口程序、算法模型及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收前全部移交，甲方可自行或委托第三方修改、维护和使用。
P:10.3 乙方保证所交付的软硬件不侵犯第三方的知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付款项的万分之三向乙方支付违约金。
P:11.3 乙方交付的设备或软件不符合合同约定的，乙方应负责更换或修正，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:12.1 乙方不得转包本项目。弱电布线等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力导致合同无法履行的，双方可协商解除。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，提交长沙仲裁委员会仲裁。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及合同附件均为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖南省湘江航道事务中心　　　乙方（盖章）：长沙智航信息工程有限公司
P:签约日期：2026年　月　日
"""

H106Z02 = """
T:锻件超声探伤与尺寸在线检测系统采购合同
P:合同编号：HD-SB-2026-041
P:甲方（买方）：江苏恒锻齿轮锻造有限公司
P:乙方（卖方）：无锡声谱检测装备有限公司
P:甲方因齿轮毛坯锻件质量检测升级需要，向乙方采购锻件超声探伤与尺寸在线检测系统两套，分别用于甲方1号、3号热模锻生产线。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，以资共同遵守。
H:一、合同标的与价款
P:（一）设备及软件名称、数量和价格如下：
P:1. 相控阵超声探伤系统（含64晶片相控阵探头、六轴上下料机械手、喷淋耦合装置），2套，单价人民币686,000元，小计1,372,000元；
P:2. 激光三维尺寸在线测量单元（含线激光传感器组及精密转台），2套，单价418,000元，小计836,000元；
P:3. 工控机及数据采集服务器，1批，96,000元；
P:4. 探伤判定与尺寸分析软件许可（2条产线，永久许可），212,000元。
P:以上硬件及软件小计2,516,000元。
P:5. 安装调试及产线对接（与甲方MES系统及锻压机PLC信号对接），168,000元；
P:6. 对比试块制作及系统校准，54,000元；
P:7. 操作人员培训（含无损检测人员上机培训），22,000元。
P:（二）合同总价为人民币贰佰柒拾陆万元整（¥2,760,000），含增值税、包装、运输、保险、安装调试及质保期内的服务费用。
H:二、交货与安装
P:（一）乙方应于合同生效后九十日内将全部设备运抵甲方厂区指定地点，并于合同生效后一百二十日内完成安装调试，具备验收条件。
P:（二）设备到货后双方共同开箱检验，签署到货签收单。签收单仅确认数量、型号及外观，不代表设备质量验收合格。
P:（三）安装调试期间乙方应遵守甲方厂区安全管理制度，需要产线停机配合的，应提前三日书面申请，由甲方统一安排。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计人民币伍拾伍万贰仟元；
P:（二）全部设备到货签收后十个工作日内，甲方支付合同总价的35%，计人民币玖拾陆万陆仟元；
P:（三）系统终验合格后十个工作日内，甲方支付合同总价的40%，计人民币壹佰壹拾万零肆仟元；
P:（四）剩余5%，即人民币壹拾叁万捌仟元作为质量保证金，在质保期满且无质量争议后十个工作日内无息支付。
P:（五）乙方应在每次付款前开具等额增值税专用发票。
H:四、验收
P:（一）安装调试完成后，乙方书面提出验收申请，甲方组织终验。终验标准如下：
P:1. 使用甲方提供的标准对比试块，Φ2mm平底孔当量缺陷全部检出，连续检测50件无漏检；
P:2. 尺寸测量重复性不大于±0.05mm，与三坐标测量结果的偏差不大于±0.08mm；
P:3. 单件检测节拍不大于45秒，满足产线节拍要求；
P:4. 探伤结果及尺寸数据自动上传甲方MES系统，数据完整无丢失；
P:5. 连续试运行三十日，无一级故障，误判率不大于2%。
P:（二）上述指标全部达到后，双方签署终验报告。设备投入生产使用或甲方支付到货款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新验收；整改后仍不合格的，甲方有权退货并解除合同。
H:五、质量保证与故障处理
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内因设备质量问题产生的维修、零部件更换及软件升级均由乙方免费负责，探头保护膜、耦合喷嘴等易损件除外，易损件按附件价格表供应。
P:（二）故障分为三级：一级故障指探伤或测量系统停机导致产线停线；二级故障指部分功能失效但产线可降级运行；三级故障指其他一般问题。
P:（三）一级故障乙方应在30分钟内电话或远程响应，12小时内派工程师到达现场，24小时内排除故障；二级故障2小时内响应，48小时内到场处理；三级故障在下一个工作日内处理。
P:（四）乙方未按上述时限响应或到场的，每迟延一小时向甲方支付违约金人民币伍佰元；一级故障超过24小时仍未排除的，乙方应提供备用设备，或承担甲方因此增加的人工复检费用。
H:六、质保期满后维保服务
P:（一）质保期满后，乙方向甲方提供年度维保服务，内容包括每季度一次预防性维护、探头性能检测、系统校准、软件升级及故障维修，响应时限同本合同第五条第（三）项。
P:（二）年度维保费按硬件及软件小计的16.5%计取，即每年人民币肆拾壹万伍仟壹佰肆拾元。质保期满后前三年维保费固定不变，每年年初支付。
P:（三）维保服务期限届满前，双方协商续签；未续签的，维保服务终止。
H:七、数据与信息安全
P:（一）设备运行中产生的探伤图谱、尺寸数据、检测报告，以及甲方提供的锻件图纸和工艺参数，均归甲方所有。乙方仅可为安装调试、维修及维保目的使用，不得复制带离、用于其他客户或向第三方提供。
P:（二）乙方远程维护须事先取得甲方设备部书面同意，通过甲方指定的VPN账号接入，每次维护结束后关闭账号；现场维护使用的移动存储介质须经甲方检查。
P:（三）乙方应采取必要的技术和管理措施，防止甲方数据泄露、篡改或丢失。发生数据安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:八、保密
P:（一）乙方对甲方的产品图纸、工艺参数、质量数据、客户信息及本合同内容负有保密义务，未经甲方书面同意不得向任何第三方披露。本保密义务在合同终止后三年内持续有效。
H:九、知识产权
P:（一）探伤判定与尺寸分析软件为乙方已有产品，知识产权归乙方，甲方在两条产线上享有永久使用权。
P:（二）为本项目开发的MES及PLC对接程序、针对甲方锻件编制的判定规则与检测程序（含源代码及配置文件），知识产权归甲方所有，甲方可自行修改或委托他人维护。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金，不足一周的按一周计算；逾期超过八周的，甲方有权解除合同。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:（三）乙方交付的设备不符合约定的，甲方有权要求更换或退货，并要求乙方赔偿损失。
H:十一、分包与转让
P:（一）乙方不得将本合同转包或分包。设备吊装运输确需委托第三方的，应事先取得甲方书面同意。
H:十二、合同解除
P:（一）乙方严重违反本合同约定，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十四、技术资料与培训
P:（一）乙方应随设备提供中文操作手册、维护手册、电气原理图、软件安装介质及备份，以及系统校准记录和出厂检验报告。
P:（二）乙方应在现场为甲方操作人员、设备维修人员及无损检测人员提供不少于五个工作日的培训，使受训人员能够独立完成日常操作、探头更换、系统校准及一般故障处理。
H:十五、不可抗力
P:（一）因不可抗力不能履行合同的，受影响一方应在不可抗力发生后五日内通知对方，并在十五日内提供有关证明。不可抗力持续超过六十日的，双方可协商解除合同。
H:十六、其他
P:（一）本合同附件（技术协议、设备配置清单、易损件价格表）与本合同具有同等效力。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：江苏恒锻齿轮锻造有限公司　　　乙方（盖章）：无锡声谱检测装备有限公司
P:代表人：　　　　　　　　　　　　　　　　　　代表人：
P:日期：2026年　月　日
"""

H106E01 = """
T:SOFTWARE LICENCE, IMPLEMENTATION AND SUPPORT AGREEMENT - BeanTrace Bean-to-Bar Batch Tracking
P:Agreement No. FL-2026/CN-014
P:BETWEEN
P:Fava Lab S.r.l., a limited liability company incorporated under Italian law, with registered office at Via Provinciale Panza 210, 80075 Forio (NA), Isola d'Ischia, Italy, VAT No. IT07731451213, represented by its Managing Director (hereinafter the "Licensor");
P:AND
P:Xiamen Cacao Lab Chocolate Co., Ltd., a company incorporated under the laws of the People's Republic of China, with registered office at No. 88 Xiangyun Road, Huli District, Xiamen, Fujian, represented by its legal representative (hereinafter the "Customer");
P:(the Licensor and the Customer each a "Party" and together the "Parties").
H:Premises
P:(A) The Licensor develops and licenses BeanTrace, a software system for tracking cocoa from the bean lot to the finished bar, covering fermentation and drying records, roasting, winnowing, grinding, conching and tempering batches, recipe management, labelling and recall simulation.
P:(B) The Customer operates a bean-to-bar chocolate factory in Xiamen and two production kitchens in Xiamen and Fuzhou, and wishes to license BeanTrace, to have it configured for its processes and connected to its weighing scales, roaster controls and label printers, and to receive warranty and support services.
P:(C) The Premises and the Annexes form an integral and substantial part of this Agreement.
H:Art. 1 - Definitions
P:1.1 "Software": the BeanTrace standard software, version 5, in object code, with its documentation and the updates released by the Licensor.
P:1.2 "Custom Deliverables": the connectors, configurations, process models, label templates, report layouts and any other material developed by the Licensor specifically for the Customer under this Agreement, as described in Annex A.
P:1.3 "Customer Data": all data entered into or generated by the Software at the Customer's sites, including bean lot origins, cooperative and supplier data, batch records, roast profiles, quality results and recall records.
P:1.4 "Go-Live": the first day on which the Software is used to record live production batches at a site.
P:1.5 "Final Acceptance": the acceptance of the complete system in accordance with Art. 5.
P:1.6 "Severity 1 Fault": a fault that stops the recording of production at any site, or makes batch traceability unavailable.
H:Art. 2 - Object of the Agreement
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to use the Software at its three sites for up to forty (40) named users, for the Customer's own business purposes.
P:2.2 The Licensor shall moreover perform the implementation services described in Annex A (configuration, development of the Custom Deliverables, data migration and training) and provide the warranty and support services set out in Art. 6 and Art. 7.
H:Art. 3 - Price
P:3.1 The total price for the licence and the services is CNY 956,000 (nine hundred and fifty-six thousand Chinese Yuan Renminbi), VAT and all travel expenses included (the "Contract Price"), broken down as follows:
TB:Item|Description|Amount (CNY)
TB:1|BeanTrace perpetual licence, 3 sites, 40 named users|486,000
TB:2|Configuration of process model, recipes and batch genealogy|238,000
TB:3|Custom connectors: weighing scales, roaster PLC, label printers|164,000
TB:4|Migration of 2023-2025 batch records from spreadsheets|42,000
TB:5|On-site training, five days, interpreter included|26,000
TB:|Contract Price|956,000
P:3.2 The Contract Price is fixed and shall not be revised during the performance of this Agreement.
H:Art. 4 - Payment Terms
P:4.1 The Contract Price shall be paid by bank transfer within thirty (30) days from receipt of a correct invoice, as follows: (a) 10% of the Contract Price (CNY 95,600) upon signature of this Agreement, as advance payment; (b) 55% (CNY 525,800) upon Go-Live at all three sites; (c) the remaining 35% (CNY 334,600) upon Final Acceptance.
P:4.2 Go-Live and the payment under Art. 4.1(b) do not constitute acceptance of the system.
H:Art. 5 - Delivery, Tests and Acceptance
P:5.1 The Licensor shall complete installation, configuration and the Custom Deliverables so as to allow Go-Live at all three sites within one hundred (100) days from signature, according to the project plan in Annex A.
P:5.2 Within forty-five (45) days from Go-Live at the last site, the Parties shall jointly carry out the acceptance tests set out in Annex B, which shall at least verify that: (a) any finished bar lot can be traced back to its bean lots and its fermentation and roasting batches within ten (10) seconds; (b) the mass balance from beans to bars reconciles with the scales' records within 0.5%; (c) three mock recalls are completed correctly; (d) the custom connectors transfer weights and roast profiles without loss for twenty (20) consecutive production days; (e) no Severity 1 Fault has occurred in those twenty days.
P:5.3 If the tests are passed, the Customer shall sign the Final Acceptance certificate within five (5) working days. If they are not passed, the Licensor shall correct the defects at its own expense and the tests shall be repeated. The use of the Software in production does not amount to acceptance.
P:5.4 Delay penalty. For each calendar day of delay in Go-Live beyond the term in Art. 5.1 attributable to the Licensor, the Licensor shall pay a penalty equal to 0.1% of the Contract Price, up to a maximum of 10% of the Contract Price, without prejudice to compensation for further damage.
H:Art. 6 - Warranty
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will operate substantially in accordance with the documentation and Annex A for twenty-four (24) months from Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Licensor shall correct defects, provide updates and new versions of the Software and provide support under the service levels of Art. 7, all free of charge.
H:Art. 7 - Support and Service Levels
P:7.1 Support is provided by telephone, e-mail and remote connection. The Licensor's help desk in Forio is staffed with Chinese- and English-speaking personnel from 08:00 to 20:00 China Standard Time, seven days a week, with on-call cover outside these hours for Severity 1 Faults.
P:7.2 Faults are classified and handled as follows:
TB:Severity|Definition|Response time|Workaround / fix
TB:Severity 1|Production recording stopped at a site, or traceability unavailable|2 hours, 24/7|Workaround within 8 hours
TB:Severity 2|A function is impaired but production can still be recorded|8 business hours|Fix within 5 business days
TB:Severity 3|Minor fault, question or cosmetic defect|2 business days|Next release
P:7.3 If the Licensor exceeds the response time or the workaround time for a Severity 1 Fault, it shall pay the Customer CNY 800 for each hour or part of an hour of delay; for Severity 2 faults, CNY 300 for each business day of delay in the fix. Such amounts are due as penalties and shall be credited against the next invoice or paid within thirty (30) days.
P:7.4 After the Warranty Period the Customer may order annual support on the same terms and service levels. The annual support fee is 11% of the licence fee in item 1 of Art. 3.1, that is CNY 53,460 per year, and shall remain unchanged for the first three (3) years after the Warranty Period. Support is ordered year by year by written purchase order and does not renew automatically.
H:Art. 8 - Intellectual Property
P:8.1 The Software is and remains the exclusive property of the Licensor.
P:8.2 All rights in the Custom Deliverables, including their source code, shall vest in the Customer. The Licensor shall deliver the source code and technical documentation of the Custom Deliverables at Final Acceptance, and the Customer may freely use, modify and have third parties modify or maintain them. The Licensor may reuse its general know-how, but not Customer-specific materials.
P:8.3 The Licensor shall indemnify and hold the Customer harmless against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Art. 9 - Customer Data and Data Protection
P:9.1 Customer Data belong exclusively to the Customer. The Licensor shall process Customer Data only to the extent necessary to perform this Agreement and on the Customer's instructions, and shall not use them for any other purpose, including analysis, benchmarking or product development.
P:9.2 The Software is installed on the Customer's servers in Xiamen. The Licensor shall access them only through the Customer's VPN, with individual accounts and multi-factor authentication, after the Customer's approval of each session; all sessions are logged. The Licensor shall not copy Customer Data outside the Customer's systems, shall use for testing only anonymised data supplied by the Customer, and shall comply with the data protection laws of the People's Republic of China.
P:9.3 The Licensor shall notify the Customer of any security incident affecting Customer Data without undue delay and in any case within twenty-four (24) hours, shall cooperate in its containment and investigation, and shall be liable for all damage caused by a breach of this Art. 9.
H:Art. 10 - Confidentiality
P:10.1 Each Party shall keep confidential all technical, commercial and financial information of the other Party received in connection with this Agreement, in particular the Customer's recipes, roast profiles and cocoa purchase prices, and shall not disclose it to third parties without the other Party's prior written consent. This obligation survives for five (5) years after the termination of this Agreement.
H:Art. 11 - Liability
P:11.1 Except in case of wilful misconduct or gross negligence (art. 1229 of the Italian Civil Code), personal injury, and breach of Art. 9 or Art. 10, the total liability of each Party under this Agreement shall not exceed 150% of the Contract Price.
H:Art. 12 - Subcontracting and Assignment
P:12.1 The Licensor shall not subcontract all or part of the services without the Customer's prior written consent and remains fully liable for any authorised subcontractor. Neither Party may assign this Agreement without the other Party's written consent.
H:Art. 13 - Termination
P:13.1 Either Party may terminate this Agreement by registered letter or certified e-mail if the other Party commits a material breach and fails to remedy it within thirty (30) days from written notice (express termination clause pursuant to art. 1456 of the Italian Civil Code). The Customer may also terminate if the penalty under Art. 5.4 reaches its maximum.
P:13.2 Upon termination for the Licensor's breach, the Licensor shall refund the amounts paid for services not performed and deliver all Custom Deliverables completed to date, with their source code.
H:Art. 14 - Governing Law and Jurisdiction
P:14.1 This Agreement is governed by Italian law. The United Nations Convention on Contracts for the International Sale of Goods shall not apply.
P:14.2 Any dispute arising out of or in connection with this Agreement, including its validity, interpretation, performance and termination, shall be subject to the exclusive jurisdiction of the Court of Naples (Tribunale di Napoli), Italy.
H:Art. 15 - Final Provisions
P:15.1 This Agreement, including Annex A (Scope and Project Plan) and Annex B (Acceptance Tests), constitutes the entire agreement between the Parties on its subject matter. Any amendment shall be made in writing and signed by both Parties.
P:15.2 This Agreement is made in English in two originals, one for each Party.
P:Forio / Xiamen, ____________ 2026
P:For the Licensor: ____________________    For the Customer: ____________________
P:Pursuant to articles 1341 and 1342 of the Italian Civil Code, the Customer specifically approves the following clauses: Art. 5.4 (Delay penalty), Art. 11 (Liability), Art. 13 (Termination), Art. 14 (Governing Law and Jurisdiction).
P:For the Customer: ____________________
"""

H106E03 = """
T:EQUIPMENT SUPPLY, INSTALLATION AND MAINTENANCE AGREEMENT
P:Agreement No. SBS-2026-117 (Fuyuan Bog Monitoring and Flood-Gate Control Project)
P:This Equipment Supply, Installation and Maintenance Agreement (the "Agreement") is entered into as of ____________, 2026 (the "Effective Date") by and between Sconset Bog Systems, Inc., a Massachusetts corporation with its principal place of business at 12 Old South Road, Nantucket, Massachusetts 02554, USA ("Seller"), and Heilongjiang Fuyuan Red Berry Agriculture Co., Ltd., a company organized under the laws of the People's Republic of China with its principal place of business in Fuyuan, Heilongjiang Province, PRC ("Buyer").
H:RECITALS
P:WHEREAS, Buyer grows cranberries on approximately 210 hectares of bogs near Fuyuan and wishes to monitor water levels, soil moisture and canopy temperature and to control its flood gates for frost protection and harvest flooding; and WHEREAS, Seller designs and installs bog monitoring and water-control systems and licenses its BogView software; NOW, THEREFORE, the parties agree as follows:
H:1. DEFINITIONS
P:1.1 "Equipment" means the probes, sensors, gateways, weather stations, controllers and related hardware listed in Exhibit A.
P:1.2 "Software" means Seller's BogView Server and BogView mobile application, in object code, licensed under Section 11.
P:1.3 "System" means the Equipment and the Software as installed, configured and commissioned at Buyer's bogs.
P:1.4 "Critical Fault" means any fault that makes frost alarms, flood-gate control or the BogView server unavailable for one or more bog sections.
P:1.5 "Final Acceptance" has the meaning given in Section 6.3.
H:2. SCOPE OF SUPPLY
P:2.1 Seller shall supply the Equipment, license the Software, and install, calibrate and commission the System at Buyer's bogs, and train Buyer's staff, all as described in Exhibit A and Exhibit B (Statement of Work).
P:2.2 After the Warranty Period, Seller shall offer maintenance services under the Maintenance Plan in Section 9.
H:3. CONTRACT PRICE
P:3.1 At Buyer's request, all prices are stated in Chinese Yuan Renminbi (CNY). The total price for the Equipment, Software and services is CNY 1,680,000 (the "Contract Price"), inclusive of PRC import duties and VAT, broken down as follows:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Bog water-level and soil-moisture probes|180|2,950|531,000
TB:Canopy frost sensors|96|1,850|177,600
TB:LoRaWAN gateways, solar powered|8|14,500|116,000
TB:Weather stations|4|38,500|154,000
TB:Flood-gate actuator controllers|24|9,800|235,200
TB:BogView Server site licence, perpetual|1|168,000|168,000
TB:Equipment and Software Subtotal|||1,381,800
TB:Installation, calibration and commissioning|||212,400
TB:Operator and technician training|||18,800
TB:Freight and insurance, CIP Harbin|||67,000
TB:Contract Price|||1,680,000
P:3.2 The Contract Price is firm and not subject to escalation.
H:4. PAYMENT
P:4.1 Buyer shall pay the Contract Price as follows: (a) a deposit of fifty percent (50%), CNY 840,000, due with Buyer's purchase order and before Seller orders components; (b) forty percent (40%), CNY 672,000, upon shipment of the Equipment from Seller's facility, against a copy of the air waybill; and (c) the balance of ten percent (10%), CNY 168,000, within thirty (30) days after Final Acceptance.
P:4.2 Payments shall be made by wire transfer to the account designated in Seller's invoice. Amounts not paid when due bear interest at one percent (1%) per month.
H:5. DELIVERY; DELAY
P:5.1 Seller shall ship the Equipment within seventy-five (75) days after receipt of the deposit, CIP Harbin Taiping International Airport (Incoterms 2020). Title and risk of loss pass to Buyer upon delivery at that airport.
P:5.2 Seller shall complete installation and commissioning by the date stated in Exhibit B (the "Scheduled Commissioning Date"), which falls before the spring frost season.
P:5.3 If commissioning is delayed beyond the Scheduled Commissioning Date for reasons attributable to Seller, Seller shall pay Buyer, as liquidated damages and not as a penalty, CNY 1,500 for each day of delay, up to a maximum of eight percent (8%) of the Contract Price. The parties agree that this amount is a reasonable estimate of Buyer's damages, which would be difficult to ascertain.
H:6. INSTALLATION, TESTING AND ACCEPTANCE
P:6.1 Buyer shall provide access to the bogs, a server room with power and network, and the survey data of each bog section.
P:6.2 Commissioning tests shall demonstrate that: (a) every probe and frost sensor reports to BogView at its configured interval for seven (7) consecutive days; (b) water-level readings are within plus or minus 5 mm of a surveyed staff gauge; (c) frost sensors are within plus or minus 0.3 degrees C of a calibrated reference thermometer; (d) each flood-gate controller opens and closes on command from BogView and on local manual override; and (e) frost alarms reach the designated phones by SMS and app notification within sixty (60) seconds after a threshold is crossed.
P:6.3 After successful commissioning the System shall operate for thirty (30) consecutive days without a Critical Fault. Buyer shall then sign a Final Acceptance certificate within five (5) business days or state in writing the tests that failed, which Seller shall correct and repeat. Use of the System by Buyer before Final Acceptance does not constitute acceptance.
H:7. LIMITED WARRANTY
P:7.1 Seller warrants that the Equipment will be free from defects in materials and workmanship, and that the Software will perform substantially in accordance with its documentation, for a period of ninety (90) days from Final Acceptance (the "Warranty Period"). During the Warranty Period Seller shall, at its option, repair or replace defective Equipment and correct Software errors at no charge, and shall provide support under Section 8.
P:7.2 The warranty does not cover damage caused by ice, flooding beyond the rated depth of the Equipment, lightning, animals or operation contrary to Seller's instructions.
P:7.3 THE FOREGOING WARRANTIES ARE EXCLUSIVE AND IN LIEU OF ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY IMPLIED WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.
H:8. SUPPORT AND SERVICE LEVELS
P:8.1 During the Warranty Period and any Maintenance Plan year, Seller shall provide telephone and remote support 24 hours a day, 7 days a week, and on-site service through its local service partner named in Section 14.
P:8.2 Seller shall respond to a Critical Fault within ninety (90) minutes of Buyer's report, and shall have a technician on site within twenty-four (24) hours where remote restoration is not possible. Other faults shall receive a response within eight (8) hours and on-site service within three (3) business days where needed.
P:8.3 If Seller misses the response time for a Critical Fault, Seller shall credit Buyer CNY 500 for each hour or part of an hour of delay; if Seller misses the on-site time, Seller shall credit CNY 2,000 for each day of delay. Credits are applied against the next invoice or paid within thirty (30) days.
H:9. MAINTENANCE PLAN
P:9.1 After the Warranty Period, Buyer may purchase an annual Maintenance Plan covering two preventive maintenance visits per year (spring calibration and pre-harvest inspection), replacement of failed probes and sensors, Software updates and support under Section 8.
P:9.2 The annual Maintenance Plan fee is nine and one-half percent (9.5%) of the Equipment and Software Subtotal, i.e. CNY 131,271 per year, and is fixed for the first four (4) plan years. Each plan year is purchased by Buyer's purchase order; the Maintenance Plan does not renew automatically.
H:10. BUYER DATA AND SECURITY
P:10.1 All data collected by the System, including sensor readings, bog maps, irrigation and flooding records, yields and alarm logs ("Buyer Data"), are owned by Buyer. Seller shall use Buyer Data only to install, support and maintain the System for Buyer and shall not use, sell or disclose Buyer Data for any other purpose.
P:10.2 The BogView server is installed on Buyer's premises. Seller may access it remotely only through a VPN account issued by Buyer, after Buyer's approval of each session; Seller shall not copy Buyer Data to systems outside Buyer's control and shall keep access credentials secure.
P:10.3 Seller shall notify Buyer within twenty-four (24) hours after becoming aware of any unauthorized access to or loss of Buyer Data, shall cooperate in remedying it, and shall be responsible for any loss caused by its breach of this Section 10.
H:11. INTELLECTUAL PROPERTY
P:11.1 Seller grants Buyer a perpetual, non-exclusive licence to use the Software at Buyer's farm. Seller retains all rights in the Software.
P:11.2 The bog maps, flood-gate control logic, alarm thresholds, dashboards and scripts prepared specifically for Buyer (the "Custom Work") are owned by Buyer. Seller hereby assigns to Buyer all rights in the Custom Work and shall deliver it in editable form, including source code of the control scripts, at Final Acceptance. Buyer may use, modify and have third parties maintain the Custom Work without restriction.
H:12. CONFIDENTIALITY
P:12.1 Each party shall hold the other party's confidential information in confidence, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent, for three (3) years after expiration or termination of this Agreement.
H:13. LIMITATION OF LIABILITY
P:13.1 EXCEPT FOR BODILY INJURY, FRAUD, WILLFUL MISCONDUCT AND BREACH OF SECTIONS 10 AND 12, SELLER'S AGGREGATE LIABILITY ARISING OUT OF OR RELATING TO THIS AGREEMENT SHALL NOT EXCEED TWO (2) TIMES THE CONTRACT PRICE. NEITHER PARTY SHALL BE LIABLE FOR LOST PROFITS OR CROP LOSS EXCEPT AS CAUSED BY ITS GROSS NEGLIGENCE OR WILLFUL MISCONDUCT.
H:14. SUBCONTRACTING
P:14.1 Buyer approves, by signing this Agreement, Seller's local service partner, Harbin Northland Agritech Service Co., Ltd., for installation assistance and on-site service. Seller shall not use any other subcontractor without Buyer's prior written consent and remains responsible for the work of its subcontractors.
H:15. TERM AND TERMINATION
P:15.1 Either party may terminate this Agreement upon written notice if the other party materially breaches it and fails to cure the breach within thirty (30) days after written notice. Buyer may also terminate if the liquidated damages under Section 5.3 reach their maximum.
P:15.2 Upon termination for Seller's breach, Seller shall refund all amounts paid for Equipment not delivered and services not performed.
H:16. GOVERNING LAW; DISPUTES
P:16.1 This Agreement shall be governed by the laws of the Commonwealth of Massachusetts, without regard to its conflict-of-laws principles. The United Nations Convention on Contracts for the International Sale of Goods shall not apply.
P:16.2 Any action arising out of this Agreement shall be brought exclusively in the state or federal courts located in Boston, Massachusetts, and each party consents to the personal jurisdiction of those courts.
H:17. MISCELLANEOUS
P:17.1 Export Controls. Buyer shall not re-export the Equipment in violation of U.S. export control laws.
P:17.2 Force Majeure. Neither party is liable for delay caused by events beyond its reasonable control, including storms, flight cancellations and customs holds not caused by that party.
P:17.3 Entire Agreement. This Agreement, with Exhibit A (Equipment and Pricing) and Exhibit B (Statement of Work and Schedule), is the entire agreement of the parties and may be amended only in a writing signed by both parties.
P:IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.
P:SCONSET BOG SYSTEMS, INC.  By: ____________  Name:  Title: President
P:HEILONGJIANG FUYUAN RED BERRY AGRICULTURE CO., LTD.  By: ____________  Name:  Title:
"""

SOURCES = {"h106z01": H106Z01, "h106z02": H106Z02, "h106e01": H106E01, "h106e03": H106E03}
TARGETS = {"h106z01": ("h106z01_waterway_ship_lock_joint_dispatch_platform.docx", "docx"),
           "h106z02": ("h106z02_gear_forging_ultrasonic_dimension_inspection.pdf", "pdf"),
           "h106e01": ("h106e01_chocolate_bean_to_bar_tracking_licence_ischia_vendor.docx", "docx"),
           "h106e03": ("h106e03_cranberry_bog_sensors_maintenance_nantucket.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
