"""Builds the holdout141 .docx and .pdf contracts from the sources below (markup of ../word_pdf.py).

The .txt and .md contracts of this folder are plain files and are not generated. Run with
/work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H141Z02 = """
T:电芯外观缺陷视觉检测系统采购合同
P:合同编号：JLY-CG-2026-0219
P:甲方（买方）：江苏锂源新能源科技有限公司
P:地址：常州市金坛区华城路锂源产业园
P:乙方（卖方）：苏州明察智能视觉科技有限公司
P:地址：苏州工业园区星湖街明察科技楼
P:甲方为方形铝壳动力电芯生产企业。经甲方组织比选，乙方中选。双方根据《中华人民共和国民法典》及有关规定，就甲方电芯外观缺陷视觉检测系统的采购事宜订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供用于方形铝壳电芯外观缺陷检测的视觉检测系统，共8个检测工位，分布于甲方常州基地四条电芯装配线的包膜后外观检测段。检测项目包括壳体划痕、凹坑、极柱压伤、顶盖焊印偏移、蓝膜褶皱及气泡、二维码污损等二十一类缺陷。
P:（二）乙方负责设备供货、安装调试、缺陷模型训练、与甲方MES系统对接及操作培训，直至系统通过终验。
P:（三）货物及服务明细、价格如下表：
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|2D面阵工业相机|2,500万像素，全局快门|32台|16,800|537,600
TB:2|3D线激光轮廓仪|Z向重复精度0.5微米|8台|58,000|464,000
TB:3|光源及控制器|同轴光、条形光、穹顶光组合|16套|6,200|99,200
TB:4|工控机|GPU加速，含工业显示器|8台|32,500|260,000
TB:5|机械安装支架及剔除机构|含气动剔除与NG料盒|8套|21,400|171,200
TB:6|缺陷检测软件许可|永久许可，每工位一套|8套|45,000|360,000
TB:|软硬件小计||||1,892,000
TB:7|缺陷模型训练及调试|样本标注、模型训练、参数调优|1项|186,000|186,000
TB:8|安装调试及MES对接|含接口开发|1项|124,000|124,000
TB:9|培训|操作、维护及模型更新培训|1项|18,000|18,000
TB:|合同总价||||2,220,000
P:（四）合同总价为人民币2,220,000元（大写：贰佰贰拾贰万元整），含13%增值税、运输、保险、安装及质保期内服务费用。质保期满后的维保服务费不包括在合同总价内，按本合同“七、质保期满后的维保服务”另行约定。
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，计222,000元。
P:（二）全部设备到货并安装完成，甲方签署安装确认单后15个工作日内，甲方支付合同总价的55%，计1,221,000元。安装确认单仅确认到货数量和安装完成，不代表质量验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的35%，计777,000元。
P:（四）乙方应在每次付款前开具等额增值税专用发票。
H:三、交付与安装
P:（一）乙方应于合同生效后60日内将全部设备运至甲方常州基地，并在到货后30日内完成全部工位的安装调试。
P:（二）设备安装应在甲方安排的产线停线窗口内进行，每条产线的停线时间不得超过48小时。
P:（三）乙方人员进入车间应遵守甲方洁净、防静电及安全生产管理规定，因乙方人员违规造成的损失由乙方承担。
H:四、验收
P:（一）安装调试完成后，由甲方质量部组织终验测试，标准如下：
P:1. 使用甲方提供的不少于3,000只含已知缺陷的电芯样本测试，漏检率不高于0.02%；
P:2. 过杀率（良品误判为不良）不高于0.8%；
P:3. 单工位检测节拍不低于每分钟28只；
P:4. 检测结果与MES系统实时对接，数据上传延迟不超过1秒，电芯条码与检测结果一一对应；
P:5. 四条产线连续21天稳定生产，期间无一级故障。
P:（二）全部达标的，甲方出具终验报告。到货签收、安装确认、产线试用或任何付款，均不视为终验合格。
P:（三）未达标的，乙方应在20日内整改并重新测试；第二次测试仍不达标的，甲方有权退货、解除合同，乙方应退还全部已付款项。
H:五、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，免费升级检测软件，并对甲方新增的缺陷类型免费进行模型优化，每年不少于六次。
P:（二）故障等级及服务时限：
P:1. 一级故障（导致产线停线或整工位停用）：30分钟内响应，3小时内到场，8小时内恢复；
P:2. 二级故障（检测性能下降但不停线）：2小时内响应，24小时内解决；
P:3. 三级故障（其他问题）：48小时内处理。
P:（三）一级故障响应、到场或恢复每超时1小时，乙方向甲方支付1,500元；二级故障每超时1小时支付500元。上述款项可从应付款中扣除。
H:六、知识产权
P:（一）乙方为甲方训练的缺陷检测模型（含模型权重）、标注数据集、调试参数、MES接口程序及其源代码的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护。
P:（二）检测软件本身的知识产权属乙方，乙方授予甲方在上述工位上永久使用的许可。
H:七、质保期满后的维保服务
P:（一）质保期满后，甲方可委托乙方提供年度维保服务，内容包括每季度一次巡检与标定、故障维修、备件更换（相机和光源整机除外）、软件升级和模型优化，服务时限同本合同“五、质量保证”的约定。
P:（二）年度维保费按软硬件小计的18.5%计取，即每年人民币350,020元，质保期满后三年内不作调整；按季度在当季服务完成后支付。
P:（三）年度维保服务每年签订确认书，不自动续期。
H:八、数据与信息安全
P:（一）检测过程中产生的图像、缺陷样本、工艺参数和生产数据均属于甲方，乙方不得用于本合同以外的任何目的，不得用于训练为其他客户提供的模型。
P:（二）乙方远程维护须经甲方信息部逐次审批，通过甲方VPN和堡垒机进行，全程录屏；乙方不得将图像或数据拷贝出甲方网络。
P:（三）发生数据泄露或疑似泄露的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的损失由乙方承担。
H:九、保密
P:乙方对在履行本合同中知悉的甲方电芯结构、工艺参数、产能及客户信息负有保密义务，保密期限为本合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的60%为限，但乙方故意或重大过失、侵犯知识产权及违反本合同第八、九部分约定的除外。
H:十一、分包
P:乙方可将机械安装支架及剔除机构的加工委托外协厂家完成，但须事先取得甲方书面同意，并对外协部分承担全部责任。其他工作不得分包。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交常州仲裁委员会仲裁。
H:十四、其他
P:（一）本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:（二）附件：技术协议、缺陷定义及判定标准、备件清单。
P:甲方（盖章）：                    乙方（盖章）：
P:授权代表：                        授权代表：
"""

H141Z04 = """
T:汾源县人民医院医院信息系统（HIS）年度运维服务合同
P:项目编号：FYCG-2026-CS-009
P:采购方式：竞争性磋商
P:甲方（采购人）：汾源县人民医院
P:地址：汾源县城关镇人民路56号
P:乙方（供应商）：山西康联医疗信息技术有限公司
P:地址：太原市小店区长治路康联大厦
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。
H:第一条 服务范围
P:（一）乙方为甲方现有HIS（门急诊挂号收费、住院管理、药房药库、医生工作站、护士工作站）及其与电子病历、LIS、PACS、医保结算平台和电子健康卡平台的接口提供年度运维服务。
P:（二）服务内容包括：驻场运维、远程技术支持、故障处理、软件缺陷修复及版本升级、医保政策调整适配、数据库巡检与优化、数据备份与恢复演练、等级保护测评整改配合。
P:（三）服务期自2026年3月1日起至2027年2月28日止。
H:第二条 服务费用与支付
P:（一）合同总价为人民币586,000元（大写：伍拾捌万陆仟元整），包括：驻场运维服务（2名工程师）312,000元；远程支持及版本升级158,000元；接口维护84,000元；等保测评配合与备份演练32,000元。合同总价为固定价格，含税。
P:（二）本合同不设预付款。服务费按季度支付，每季度末经甲方考核合格后15个工作日内支付当季服务费146,500元。
P:（三）乙方应在每次付款前开具合法有效的发票。
H:第三条 驻场人员
P:（一）乙方派驻2名工程师，工作日8:00至17:30在甲方信息科驻场，节假日安排值班并保持电话畅通。
P:（二）驻场人员应具备三年以上医院信息系统运维经验，在合同生效后5日内到岗；更换驻场人员须提前10日征得甲方书面同意。
H:第四条 服务水平
P:（一）HIS核心业务（挂号、收费、医生站、住院结算）年度可用率不低于99.95%。
P:（二）故障分级及处理时限：
P:1. 一级故障（核心业务中断，或医保结算全院不可用）：乙方应在接报后6小时内响应，24小时内恢复；
P:2. 二级故障（单个科室或单项功能不可用）：乙方应在8小时内响应，48小时内解决；
P:3. 三级故障（不影响业务运行的缺陷及咨询）：3个工作日内处理。
P:（三）乙方未达到上述处理时限的，每超时1小时扣减服务费500元；年度可用率每低于约定值0.01个百分点，扣减服务费1,000元。扣减金额从当季服务费中扣除。
P:（四）乙方应建立故障工单记录，每月5日前向甲方提交上月运维月报，内容包括故障清单及处理时长、系统运行指标、数据库容量趋势、安全隐患及整改建议。
H:第五条 交接、巡检与升级
P:（一）乙方应在合同生效后15日内完成系统交接，提交系统现状评估报告、软硬件资产清单和应急预案，经甲方书面确认。
P:（二）乙方每月提交巡检报告，每季度进行一次数据备份恢复演练，并提交演练记录。
P:（三）国家或省医保政策调整的，乙方应在政策执行日前完成系统适配和测试。
P:（四）乙方未按期完成本条约定的交接、巡检、演练或医保适配任务的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
H:第六条 应急保障与培训
P:（一）乙方应在春节、国庆等节假日及医保年度切换、系统重大升级期间安排专人现场保障，并提前5日向甲方提交保障方案。
P:（二）乙方每半年组织一次HIS故障应急演练，演练场景包括数据库宕机、网络中断和医保结算中断，演练结束后提交演练报告及改进措施。
P:（三）乙方每季度为甲方信息科人员和各科室操作员提供不少于一次的业务培训，内容包括新功能使用、常见问题处理和信息安全意识。
H:第七条 甲方的义务
P:（一）甲方应为驻场人员提供必要的办公场所、网络接入及堡垒机账号，并指定信息科专人负责对接。
P:（二）甲方应及时向乙方通报临床科室提出的问题和需求，并配合乙方完成故障排查、升级测试和应急演练。
P:（三）甲方计划新增或更换与HIS对接的系统的，应提前通知乙方，乙方应配合完成接口对接方案评估。
H:第八条 考核与验收
P:（一）甲方每季度按附件《运维服务考核表》对乙方进行考核，考核内容包括故障处理时限达标率、巡检报告质量、临床科室满意度和备份演练结果，得分85分以上的为合格。
P:（二）季度考核不合格的，甲方可暂缓支付当季服务费，待乙方整改并复核合格后支付。
P:（三）服务期满，甲方根据四个季度考核结果及乙方提交的年度运维总结进行年度验收，并出具书面验收意见。
H:第九条 数据安全
P:（一）HIS中的患者信息、诊疗数据、费用数据及系统日志均属于甲方，乙方不得以任何形式用于本合同以外的用途。
P:（二）乙方人员须经甲方堡垒机访问生产系统，实行一人一账号、操作全程审计；禁止将数据拷贝至个人设备或带离医院；远程支持须经甲方信息科逐次授权。
P:（三）乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》及医疗卫生机构网络安全管理要求。发生数据泄露、篡改或丢失等事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:乙方及其人员对在服务中知悉的患者隐私、医院经营数据和网络安全配置负有保密义务，该义务在本合同终止后继续有效。乙方应与驻场人员签订保密协议并报甲方备案。
H:第十一条 知识产权
P:乙方在运维过程中为甲方编写的脚本、对接口程序所作的修改、运维文档和应急预案归甲方所有，甲方可自行使用、修改或交由其他服务商使用。
H:第十二条 分包
P:乙方可将PACS、LIS接口的维护工作委托相关系统原厂或其他第三方实施，但应提前5个工作日书面告知甲方；乙方对委托部分的服务质量承担责任。
H:第十三条 违约责任与合同解除
P:（一）乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）乙方有其他严重违约行为，经甲方书面催告后10日内仍未改正的，甲方有权解除合同。
P:（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十四条 续签
P:服务期满，乙方年度验收合格且甲方有需求的，经双方协商可续签下一年度合同，续签价格不高于本合同价格。本合同不自动续期。服务期满不再续签或合同解除的，乙方应在30日内向甲方或甲方指定的服务商完成全部文档、账号、脚本和运维记录的移交，并配合完成过渡期运维，不得以任何理由拒绝或拖延。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:（一）竞争性磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
P:（二）本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。
P:甲方（盖章）：              乙方（盖章）：
P:日期：                      日期：
"""

H141E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:Agreement No. SLS-2026-0418
P:THIS AGREEMENT is dated ____ 2026
H:PARTIES
P:(1) SKELLIG LOOM SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland (registered number 614207), whose registered office is at The Old Slate Yard, Knightstown, Valentia Island, County Kerry, Ireland (the "Supplier"); and
P:(2) FUJIAN XUNFENG SPORTSWEAR CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at Xunfeng Industrial Park, Chendai Town, Jinjiang, Fujian Province (the "Customer").
H:BACKGROUND
P:(A) The Supplier develops and licenses LoomPLM, a product lifecycle management application for apparel and footwear companies.
P:(B) The Customer designs and manufactures sportswear and footwear and wishes to license and implement LoomPLM.
P:(C) At the Customer's request, all prices in this Agreement are expressed and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Tests" means the tests in Clause 6; "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Contract Price" means the total in Clause 4.1; "Custom Deliverables" means the configurations, workflows, report templates, integration adapters and migration scripts produced for the Customer under this Agreement; "Customer Data" means all data of the Customer processed by the Software or accessed by the Supplier, including designs, technical packages, bills of materials, costings and supplier information; "Final Acceptance" means the issue of the certificate under Clause 6.2; "Go-Live" means the first production use of the Software; "Software" means LoomPLM version 9 and its Documentation.
P:1.2 The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 220 named users and 40 supplier-portal users, on servers in the Customer's data centre in Jinjiang and at any disaster-recovery site in the People's Republic of China.
P:2.2 The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Clause 3 Services
P:3.1 The Supplier shall configure the Software for the Customer's line planning, design briefs, technical packages, bills of materials, colourways, size specifications, sample tracking, costing and supplier collaboration processes, as described in Schedule 2.
P:3.2 The Supplier shall integrate the Software with the Customer's Kingdee ERP system (materials, suppliers and purchase prices) and with its 3D design tool, and shall migrate approximately 18,000 historical styles with their attachments.
P:3.3 The Supplier shall provide train-the-trainer courses in six sessions for key users and administrators.
P:3.4 The Supplier shall follow the project plan in Schedule 3 with a named project manager.
H:Clause 4 Charges and Payment
P:4.1 The charges are as follows:
P:Licence Fee (perpetual, 220 named users and 40 supplier-portal users): CNY 1,180,000
P:Configuration and Integration Services (fixed price): CNY 520,000
P:Data Migration: CNY 96,000
P:Training: CNY 44,000
P:Contract Price: CNY 1,840,000
P:4.2 The Contract Price is payable as follows: (a) 20 per cent (CNY 368,000) within 30 days after signature of this Agreement, against the Supplier's invoice; (b) 45 per cent (CNY 828,000) within 30 days after Go-Live; and (c) 35 per cent (CNY 644,000) within 30 days after Final Acceptance. Go-Live and the payment under (b) do not constitute acceptance.
P:4.3 The Contract Price is fixed and inclusive of all taxes.
H:Clause 5 Go-Live and Delay
P:5.1 The Supplier shall achieve Go-Live no later than 150 days after the date of this Agreement.
P:5.2 If Go-Live is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer liquidated damages of CNY 1,500 for each day of delay, up to a maximum of 10 per cent of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Customer's loss. If the delay exceeds 60 days, the Customer may terminate this Agreement under Clause 14.
H:Clause 6 Acceptance
P:6.1 Within 30 Business Days after Go-Live, the parties shall carry out the Acceptance Tests, which are passed when: (a) every function listed in Schedule 2 has been demonstrated; (b) a complete development cycle for 50 styles, from design brief to approved technical package and costed bill of materials, has been completed in the Software; (c) all migrated styles reconcile in number with the source data and no attachment has been lost; (d) the ERP interface has run for 10 consecutive Business Days without error; (e) standard pages open within 3 seconds with 150 concurrent users; and (f) no Severity 1 or Severity 2 defect remains open.
P:6.2 When the Acceptance Tests are passed, the Customer shall issue a Final Acceptance certificate within 5 Business Days. If they are not passed, the Supplier shall correct the defects and the tests shall be repeated; if they fail a second time, the Customer may reject the Software, terminate this Agreement and recover all sums paid.
P:6.3 Neither Go-Live, use of the Software in production nor any payment shall constitute Final Acceptance.
H:Clause 7 Warranty and Support Levels
P:7.1 The Supplier warrants, for a period of 18 months from Final Acceptance (the "Warranty Period"), that the Software and the Custom Deliverables will perform materially in accordance with the Documentation and Schedule 2. During the Warranty Period the Supplier shall correct defects and provide all updates and new versions free of charge.
P:7.2 During the Warranty Period and any period of Annual Support, the Supplier shall respond to incidents as follows: Severity 1 (the Software unavailable to all users, or corruption of Customer Data) within 1 hour, with a workaround within 8 hours, at any time of day; Severity 2 (a major function unavailable) within 2 hours during Business Days; Severity 3 by the next Business Day.
P:7.3 For each hour or part of an hour by which a Severity 1 response or workaround time is exceeded, the Supplier shall credit the Customer CNY 1,000, set off against the next sum due or paid on demand.
H:Clause 8 Annual Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order Annual Support, comprising the services in Clause 7, by purchase order for each year.
P:8.2 The Annual Support Fee is 14 per cent of the Licence Fee, being CNY 165,200 per year, and is fixed for the first three years after the Warranty Period. Thereafter any increase shall be agreed in writing and shall not exceed 3 per cent per year.
P:8.3 Annual Support does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Supplier retains all intellectual property rights in the Software and the Documentation.
P:9.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation, and the Supplier hereby assigns them to the Customer. The Customer may use, modify and license the Custom Deliverables freely. The Supplier shall deliver their source code at Final Acceptance.
P:9.3 The Supplier shall indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the intellectual property rights of a third party.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data belong to the Customer. The Supplier shall use Customer Data solely to perform this Agreement and for no other purpose.
P:10.2 The Software is installed in the Customer's data centre. The Supplier shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department; all sessions are logged. The Supplier shall not copy Customer Data outside the Customer's systems or outside the People's Republic of China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:10.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 8 hours of becoming aware of it and shall take all steps necessary to contain it. The Supplier shall be liable for all loss caused to the Customer by a breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party received under this Agreement, in particular the Customer's unreleased designs, costings and supplier terms, and shall not disclose it without the other party's prior written consent, for five years after the end of this Agreement.
H:Clause 12 Liability
P:12.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, for wilful misconduct, for breach of Clause 10 or Clause 11, or under the indemnity in Clause 9.3.
P:12.2 Subject to Clause 12.1, the Supplier's total aggregate liability arising under or in connection with this Agreement shall not exceed 125 per cent of the Contract Price.
P:12.3 Subject to Clause 12.1, neither party shall be liable for any indirect or consequential loss or for loss of profits.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Supplier shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other party's written consent.
H:Clause 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice, or if the other party becomes insolvent, has an examiner or liquidator appointed or enters into any arrangement with its creditors.
P:14.2 On termination by the Customer under Clause 14.1 before Final Acceptance, the Supplier shall refund all sums paid, against return of the Software.
H:Clause 15 Force Majeure
P:15.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement is governed by the laws of Ireland.
P:16.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement, and the parties submit to that jurisdiction.
H:Clause 17 General
P:17.1 This Agreement is the entire agreement between the parties. No variation is effective unless in writing and signed by both parties.
P:Schedule 1: Licence Scope. Schedule 2: Functional Specification. Schedule 3: Project Plan.
P:SIGNED by ____________________ for and on behalf of SKELLIG LOOM SOFTWARE LIMITED
P:SIGNED by ____________________ for and on behalf of FUJIAN XUNFENG SPORTSWEAR CO., LTD.
"""

H141E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT FOR A SEA-CAGE WATER-QUALITY MONITORING SYSTEM
P:Contract No. ZSHY-2026-EQ-07
P:BETWEEN Zhoushan Haiyu Marine Aquaculture Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 9 Yugang Road, Qushan Town, Daishan County, Zhoushan, Zhejiang Province (the "Buyer"),
P:AND Trébéron Systèmes Marins SAS, a simplified joint-stock company registered with the Trade and Companies Register of Quimper under number 852 417 309, with its registered office at Île de Trébéron, 29160 Crozon, France, acting through its representative office in Zhoushan (the "Supplier").
P:WHEREAS the Buyer farms large yellow croaker in 24 deep-water HDPE sea cages off Qushan Island and wishes to monitor the water quality of each cage continuously and to link low-oxygen alarms to its aerators; and WHEREAS the Supplier's offer of 14 January 2026 was selected in the Buyer's tender No. HY-2025-T31, the Parties have agreed as follows. This Contract is issued on the Buyer's standard form; all prices are in CNY at the Buyer's request.
H:Article 1 Definitions
P:In this Contract: "System" means the equipment, software and services listed in Article 3; "Installation Certificate" means the certificate under Article 5.3; "Final Acceptance" means the certificate under Article 6.3; "Critical Fault" means the loss of dissolved-oxygen data or of the alarm function for any cage, or a failure of the shore server; "Buyer Data" means all data collected, generated or stored by the System, together with the Buyer's stocking, feeding, mortality and production records.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install, moor, calibrate and commission one multi-parameter sonde with a buoy data logger on each of the 24 cages, a shore gateway and monitoring server at the Buyer's Qushan base, and the monitoring and alarm software.
P:2.2 The Supplier shall integrate the System with the control system of the Buyer's feeding barge and with the aerators of each cage, so that a low dissolved-oxygen alarm starts the aerators automatically and notifies the duty staff by SMS and by the Buyer's mobile application.
P:2.3 The Supplier shall train the Buyer's technicians in operation, cleaning and calibration.
H:Article 3 Contract Price
P:3.1 The Contract Price is fixed and includes delivery to the Buyer's Qushan base, customs duties, taxes, insurance and all services up to Final Acceptance:
TB:No.|Item|Specification|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter sonde|DO, temperature, salinity, pH, turbidity, chlorophyll-a; titanium housing|24|38,600|926,400
TB:2|Buoy data logger|solar powered; 4G and BeiDou short-message telemetry|24|21,500|516,000
TB:3|Anti-fouling wiper kit|automatic wiper and copper guard|24|4,800|115,200
TB:4|Shore gateway and monitoring server|with UPS and rack|1 lot|168,000|168,000
TB:5|Monitoring and alarm software licence|perpetual; 24 cages, 20 users|1 lot|286,000|286,000
TB:|Hardware and Licence Subtotal||||2,011,600
TB:6|Installation, mooring and calibration||1 lot|198,000|198,000
TB:7|Integration with feeding barge and aerators||1 lot|124,000|124,000
TB:8|Training|two courses at Qushan base|1 lot|26,400|26,400
TB:|Contract Price||||2,360,000
P:3.2 The Contract Price is CNY 2,360,000 (two million three hundred and sixty thousand yuan). Maintenance after the Warranty Period is not included and is priced in Article 9.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10 % of the Contract Price (CNY 236,000) within 20 days after signature, against an advance-payment guarantee issued by a bank in the People's Republic of China for the same amount.
P:4.2 The Buyer shall pay 55 % of the Contract Price (CNY 1,298,000) within 30 days after the Installation Certificate. The Installation Certificate confirms delivery and installation only and does not constitute acceptance.
P:4.3 The Buyer shall pay the balance of 35 % (CNY 826,000) within 30 days after Final Acceptance.
P:4.4 Each payment is subject to receipt of a valid VAT invoice.
H:Article 5 Delivery, Installation and Delay
P:5.1 The Supplier shall deliver the equipment to the Buyer's Qushan base within 75 days after signature and complete installation on all cages within 40 days after delivery.
P:5.2 Installation at sea shall be carried out only when the sea state permits. Days on which the Zhoushan Maritime Safety Administration suspends small-craft navigation extend the installation period accordingly.
P:5.3 When all sondes, loggers and the shore system are installed and transmitting, the Buyer shall issue an Installation Certificate.
P:5.4 If the Supplier is late in delivery or in making the System ready for Final Acceptance, it shall pay delay damages of 0.08 % of the Contract Price for each day of delay, up to a maximum of 8 % of the Contract Price. If the delay exceeds 60 days, the Buyer may terminate the Contract under Article 15.
H:Article 6 Acceptance
P:6.1 After the Installation Certificate, the System shall run for a trial period of 30 days, which shall include at least one period of wind of Beaufort force 6 or more.
P:6.2 Final Acceptance requires that: (a) each sonde's readings agree with reference measurements taken by the Buyer's laboratory within the tolerances of Annex 2, in particular dissolved oxygen within ±0.2 mg/L; (b) each sonde transmits a reading every five minutes and no sonde misses more than two consecutive readings during the trial period, except during a documented power or network outage of the Buyer; (c) a simulated low-oxygen condition on each cage starts its aerators within 60 seconds and notifies the duty staff within 2 minutes; (d) data and alarms appear correctly in the feeding-barge control system; and (e) no Critical Fault remains open.
P:6.3 When these criteria are met, the Buyer shall issue a Final Acceptance certificate within 7 days. Delivery, installation, use of the System during the trial period or any payment does not constitute acceptance. If the criteria are not met, the Supplier shall remedy the defects and repeat the trial at its own cost.
H:Article 7 Warranty
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective equipment free of charge, correct software defects, provide software updates, clean and recalibrate each sonde every quarter, and replace dissolved-oxygen sensor caps and pH electrodes at the intervals in Annex 3.
P:7.2 The Supplier shall keep in Zhoushan enough spare parts to re-equip three cages at once.
H:Article 8 Service Levels
P:8.1 The Supplier shall respond to faults as follows, during and after the Warranty Period:
TB:Fault level|Remote response|Engineer on site|Restoration
TB:Critical Fault|30 minutes, 24 hours a day|6 hours, weather permitting|24 hours, weather permitting
TB:Major fault (other sensors of a cage, or reporting)|2 hours|next day|48 hours
TB:Minor fault and requests|1 working day|as agreed|5 working days
P:8.2 For each hour by which the on-site or restoration time for a Critical Fault is exceeded, the Supplier shall pay the Buyer CNY 800, except for time during which small-craft navigation is suspended by the authorities.
H:Article 9 Maintenance after the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual maintenance, including the services of Articles 7.1 and 8, by an annual maintenance order.
P:9.2 The Annual Maintenance Fee is 9.5 % of the Hardware and Licence Subtotal, that is CNY 191,102 per year, and is fixed for the first three years after the Warranty Period. Any later change requires written agreement.
P:9.3 The maintenance does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 The integration software, alarm rules, configuration files, dashboards and documentation developed for the Buyer belong to the Buyer, who may use, modify and license them freely. The Supplier shall deliver their source code at Final Acceptance.
P:10.2 The monitoring software and the firmware of the equipment remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually for use with the System.
H:Article 11 Buyer Data and Security
P:11.1 Buyer Data belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:11.2 Buyer Data are stored on the Buyer's shore server. The Supplier may access the System remotely only through the Buyer's VPN, after approval of each session by the Buyer's IT staff; all sessions are logged. The Supplier shall not copy Buyer Data to its own systems and shall not transfer any Buyer Data outside the People's Republic of China.
P:11.3 The Supplier shall notify the Buyer of any security incident affecting the System or Buyer Data within 6 hours, shall contain it, and shall compensate the Buyer for all losses caused by its breach of this Article.
H:Article 12 Confidentiality
P:Each Party shall keep confidential the other Party's technical and commercial information obtained under this Contract, including the Buyer's stocking densities, feeding regimes and production figures, and shall not disclose it to any third party without prior written consent. This obligation survives the end of the Contract for five years.
H:Article 13 Subcontracting
P:The Supplier may subcontract the mooring and diving work to a qualified marine-engineering company in Zhoushan only with the Buyer's prior written consent. No other part of the work may be subcontracted. The Supplier remains responsible for its subcontractors.
H:Article 14 Liability
P:The Supplier's total liability under this Contract is limited to twice the Contract Price, except for wilful misconduct, gross negligence, personal injury and breach of Articles 11 and 12, for which it is not limited.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or in the case of Article 5.4.
P:15.2 Upon termination before Final Acceptance, the Supplier shall refund the sums paid, against the return of the equipment.
H:Article 16 Force Majeure
P:Typhoons and other unforeseeable and unavoidable events suspend the affected obligations while they last, if promptly notified.
H:Article 17 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan.
H:Article 18 Miscellaneous
P:This Contract is made in English and Chinese; the Chinese text prevails. Annex 1: Technical Specification. Annex 2: Calibration Tolerances. Annex 3: Consumables Schedule.
P:Made in Zhoushan, on ____ 2026.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h141z02": H141Z02, "h141z04": H141Z04, "h141e01": H141E01, "h141e03": H141E03}
TARGETS = {"h141z02": ("h141z02_battery_cell_visual_inspection_system.docx", "docx"),
           "h141z04": ("h141z04_county_hospital_his_annual_om.pdf", "pdf"),
           "h141e01": ("h141e01_sportswear_plm_licence_irish_vendor.pdf", "pdf"),
           "h141e03": ("h141e03_fish_farm_sea_cage_sensors_maintenance.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
