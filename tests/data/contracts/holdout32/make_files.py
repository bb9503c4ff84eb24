"""Builds the .docx and .pdf contracts of holdout32 from the sources below (markup of ../word_pdf.py:
T: title, H: heading, P: paragraph, TB: table row with cells split by |).

Run with /work/main/.venv/bin/python make_files.py; the files are written next to this script. The .txt and .md
contracts of this folder are plain files and are not built here.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H32Z01 = """
T:收费站车道系统集成项目合同
P:合同编号：JHYY-2025-SF-017
P:甲方（买方）：江淮高速公路运营管理有限公司
P:乙方（卖方）：路通智能交通科技股份有限公司
P:鉴于甲方所辖十二个收费站共六十四条混合车道（ETC/MTC）需进行车道系统改造，乙方经公开招标中标，双方依据《中华人民共和国民法典》、招标文件及乙方投标文件，经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责十二个收费站六十四条车道的设备供货、安装调试、车道收费软件部署、与省联网收费中心及站级系统的联调割接，并提供培训和质保期内的维护服务。
P:1.2 设备清单、技术参数和车道点位分布以附件一为准。乙方所供设备应为全新原厂产品，符合交通运输部收费公路联网收费技术要求，并取得相应的检测报告。
P:1.3 本项目工期为合同签订之日起一百五十日内完成全部车道的改造和割接，分三批实施。每批割接应安排在夜间车流低谷时段进行，单条车道停用时间不超过六小时，并应提前三日向甲方提交割接方案和应急回退方案。
H:第二条 合同价格
P:2.1 合同总价为人民币柒佰玖拾柒万元整（¥7,970,000），为固定总价，含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|车道控制机（工业级）|64套|26,800|1,715,200
TB:2|ETC路侧单元（RSU）|64套|32,500|2,080,000
TB:3|车牌识别一体机|64套|9,600|614,400
TB:4|自助发卡缴费机|24台|58,000|1,392,000
TB:5|费额显示器及通行信号灯|64套|6,200|396,800
TB:6|站级服务器及存储|12套|45,000|540,000
TB:7|车道收费软件许可（永久）|64套|8,500|544,000
TB:|设备及软件小计|||7,282,400
TB:8|安装调试及线缆|1项|468,000|468,000
TB:9|省中心联调及割接|1项|186,000|186,000
TB:10|培训|1项|33,600|33,600
TB:|合计|||7,970,000
P:2.2 除本合同另有约定外，合同履行期间价格不作调整。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方向甲方提交等额的银行预付款保函，甲方收到保函后支付合同总价的百分之二十作为预付款。
P:3.2 全部设备到货并安装完毕、经甲方到货签收后，甲方支付合同总价的百分之四十。到货签收仅确认设备数量、型号和外观，不代表质量验收。
P:3.3 项目最终验收合格后二十个工作日内，甲方支付合同总价的百分之三十五。
P:3.4 其余百分之五作为质量保证金，质保期满且无未了质量问题的，甲方在十个工作日内无息返还。
P:3.5 乙方每次请款前应向甲方开具合法有效的增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应按甲方确认的实施计划将设备运抵各收费站，运输和装卸风险在到货签收前由乙方承担。
P:4.2 乙方施工应遵守甲方道路作业安全管理规定，设置安全警示区，不得影响相邻车道正常通行。
P:4.3 甲方负责提供施工期间的临时交通组织配合、车道供电和站级机房空间，并协调省联网收费中心的联调时间。
P:4.4 乙方应为甲方收费员、监控员和站级系统管理员分批提供培训，培训不少于四十学时，使受训人员能够独立完成日常操作和一般故障处理。
H:第五条 验收
P:5.1 每批车道割接完成后进行单站测试，全部车道完成后进行最终验收。最终验收条件为：（一）设备型号、数量与附件一一致；（二）全部车道完成联网收费测试，交易流水与省中心对账一致；（三）车牌识别准确率不低于百分之九十八；（四）连续试运行三十日无一级故障；（五）竣工图纸、操作手册等技术文档齐全。
P:5.2 甲方在收到乙方书面验收申请后十个工作日内组织验收，并出具书面验收报告。车道开通使用、到货签收或甲方支付进度款，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为自最终验收合格之日起二年。质保期内乙方免费维修或更换故障设备，免费升级车道收费软件，并每季度对各站设备巡检一次。
P:6.2 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|恢复时间
TB:一级|整站收费中断，或三条以上车道无法收费|15分钟|2小时|6小时
TB:二级|单条车道无法收费或ETC交易异常|30分钟|3小时|12小时
TB:三级|单台外设故障，不影响收费|2小时|次日|48小时
P:6.3 乙方超过上表时限的，一级故障每超时一小时扣减人民币二千元，二级故障每超时一小时扣减人民币五百元，从质量保证金或应付款中扣除。
P:6.4 质保期满后，乙方继续提供全保维护服务（含备品备件更换、每站每月一次巡检和7×24小时技术支持），年度维护费按设备及软件小计的百分之二十八计取，即每年人民币贰佰零叁万玖仟零柒拾贰元（¥2,039,072），质保期满后三年内不作调整。维护合同由双方另行签订，按年度签订，不自动续期。
H:第七条 违约责任
P:7.1 乙方未按第1.3条约定的工期完成的，每逾期一日，按合同总价的万分之六向甲方支付违约金；违约金累计达到合同总价的百分之十的，甲方有权解除合同。
P:7.2 乙方所供设备不符合约定的，应在十日内免费更换；因设备质量问题造成甲方通行费损失的，乙方应予赔偿。
P:7.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第八条 知识产权
P:8.1 车道收费软件的著作权归乙方所有，乙方授予甲方永久、不可撤销的使用许可，甲方可在所辖收费站范围内安装和使用。
P:8.2 乙方为本项目定制开发的接口程序、站级报表、配置文件及相关源代码和文档，知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
P:8.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 车道交易流水、车牌图像、通行记录等收费数据属于甲方，乙方仅可为履行本合同而接触，不得复制、留存或用于其他目的。
P:9.2 乙方应按照网络安全等级保护第三级要求完成车道和站级系统的安全配置；远程维护须经甲方逐次审批，并通过甲方堡垒机进行，操作全程留存日志。
P:9.3 发生数据泄露、篡改或系统入侵等安全事件的，乙方应在发现后二小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第十条 保密
P:双方对在履行本合同过程中知悉的对方商业秘密、技术资料和网络配置信息负有保密义务，未经对方书面同意不得向任何第三方披露。保密期限为本合同终止后五年。
H:第十一条 分包
P:11.1 车道土建改造、管线敷设及设备安装工程，乙方可委托具有相应资质的施工单位实施，但应于进场前五个工作日书面通知甲方。
P:11.2 乙方对施工单位的施工质量、安全和工期承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交合肥仲裁委员会仲裁。
H:第十四条 其他
P:本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。附件一《设备清单及点位分布》、附件二《技术规格书》为本合同组成部分。
P:甲方（盖章）：江淮高速公路运营管理有限公司　　乙方（盖章）：路通智能交通科技股份有限公司
P:签订日期：2025年　月　日
"""

H32Z04 = """
T:查验设备运维服务合同
P:项目名称：南陵海关查验设备运维服务项目（政府采购）
P:合同编号：NLHG-2025-CY-08
P:甲方（采购人）：中华人民共和国南陵海关
P:乙方（供应商）：恒检科技服务有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、本项目公开招标文件和乙方投标文件，甲乙双方就甲方查验设备运行维护服务事宜订立本合同。
H:1. 服务内容
P:1.1 乙方对甲方所属三个监管现场的下列查验设备提供运行维护服务：H986大型集装箱/车辆检查设备三套、行李物品X光机二十四台、放射性物质监测门十二套，设备清单见附件一。
P:1.2 服务内容包括：日常巡检、预防性维护、故障维修、备品备件更换、辐射安全检测配合、设备软件版本维护、操作人员技术培训，以及派驻两名工程师在监管现场驻场值守。
P:1.3 服务期限为2026年1月1日至2026年12月31日。服务期满本合同终止，甲方依法重新组织采购，本合同不自动续期。
H:2. 服务费用
P:2.1 本合同服务总价为人民币贰佰壹拾肆万元整（¥2,140,000），为固定总价，包括人工、交通、检测仪器、备品备件、税费等全部费用。分项如下：
P:（1）H986检查设备运维：3套×396,000元=1,188,000元；
P:（2）X光机运维：24台×8,600元=206,400元；
P:（3）放射性物质监测门运维：12套×6,500元=78,000元；
P:（4）驻场工程师：2名×12个月×16,800元=403,200元；
P:（5）备品备件包干费：264,400元。
P:2.2 服务期内设备数量增减的，按上述单价据实调整，调整部分另行签订补充协议。
P:2.3 备品备件包干费包括服务期内全部易损件和关键部件（含X射线源、探测器模块）的更换费用，乙方不得以任何名义另行收费。
H:3. 付款方式
P:3.1 本合同不设预付款。
P:3.2 服务费按季度支付，每季度费用为人民币伍拾叁万伍仟元。乙方于每季度结束后提交季度服务报告，经甲方考核确认后十个工作日内，甲方按考核结果支付该季度服务费。
P:3.3 乙方应开具合法有效的发票，甲方付款以财政资金到位为前提，但不得无故拖延。
H:4. 服务要求
P:4.1 乙方应于合同生效后五日内完成进场交接，对全部设备进行状态检查，形成设备状态基线报告并经甲方确认。
P:4.2 乙方应按附件二《预防性维护计划》每月对H986设备、每季度对X光机和监测门进行预防性维护，并于每年6月30日前完成年度全面检修。
P:4.3 故障分为三级。一级故障指H986设备停机或两台以上X光机同时停用，影响通关作业；二级故障指单台设备停用；三级故障指不影响使用的一般性故障。
P:4.4 一级故障乙方应在30分钟内响应，2小时内到达现场，12小时内修复或提供替代方案；二级故障应在1小时内响应，24小时内修复；三级故障应在72小时内修复。
P:4.5 驻场工程师应在甲方工作日的通关作业时段在岗，并按甲方要求参与节假日及重大监管任务期间的值守保障；驻场工程师负责设备开机自检、日常巡检记录和一般故障的即时处理。
P:4.6 乙方应在监管现场设立备件库，常用易损件库存不少于附件一所列数量。X射线源、探测器等关键部件应保证在故障确认后七日内到货更换，更换部件应为原厂或经甲方认可的同等质量产品。
P:4.7 乙方超过第4.4条时限的，一级故障每超时一小时扣除服务费人民币八百元，二级故障每超时一小时扣除服务费人民币二百元，在当季服务费中扣减。
P:4.8 乙方每年应为甲方查验关员提供两次设备操作和日常保养培训，每次不少于八学时，并对设备软件版本升级内容进行专题讲解。
P:4.9 服务期满或合同解除时，乙方应配合甲方与后续服务商完成交接，移交设备状态记录、备件库存清单和全部技术资料，交接期不少于十日，交接期间乙方仍应保障设备正常运行。
H:5. 考核与验收
P:5.1 甲方按附件三《服务考核办法》每季度对乙方进行考核，考核内容包括预防性维护计划完成情况、故障响应和修复时限、备件更换记录、服务报告质量及驻场人员在岗情况。
P:5.2 季度考核得分低于九十分的，每低一分扣减当季服务费的百分之一；低于七十分的，甲方有权解除合同。
P:5.3 乙方每季度提交的服务报告应包括：巡检和预防性维护记录、故障清单及处理时限、备件消耗及库存、辐射剂量检测结果、设备运行状况分析和改进建议。
P:5.4 服务期满前十五日内，甲方组织年度验收，以四个季度的考核结果、设备状态与基线报告的比对结果及技术资料移交情况为验收依据，并出具书面验收意见。
H:6. 数据安全
P:6.1 查验设备产生的扫描图像、货物及运输工具信息、查验记录等数据全部属于甲方，乙方及其人员不得查看与维护工作无关的数据，不得以任何方式复制、留存、传输或用于其他目的。
P:6.2 查验设备及其图像工作站不得接入互联网，禁止远程维护。乙方维护所用的笔记本电脑和存储介质须经甲方登记检查，禁止私自接入设备网络。
P:6.3 更换下来的硬盘等存储介质由甲方留存或在甲方监督下现场销毁。
P:6.4 发生数据泄露或设备被非法接入等安全事件的，乙方应在发现后一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
H:7. 保密
P:7.1 乙方对履行本合同中接触的海关监管作业信息、设备布控位置、查验规则及甲方工作秘密负有保密义务，不得向任何第三方泄露。
P:7.2 乙方驻场及维护人员应签署保密承诺书，并接受甲方的背景审查。保密义务不因本合同终止而解除。
H:8. 甲方义务
P:8.1 甲方为乙方驻场人员提供必要的工作场所、设备操作区出入许可和维护所需的水电条件。
P:8.2 甲方发现设备故障后应及时通知乙方，并如实提供故障现象和设备运行记录。
H:9. 辐射安全与人员管理
P:9.1 乙方维护人员应持有辐射安全培训合格证书，维护H986设备时应配备个人剂量计，并遵守甲方辐射安全管理制度。
P:9.2 乙方更换驻场工程师的，应提前十日书面报甲方同意。
H:10. 资料归属
P:乙方在服务过程中形成的维护记录、基线报告、检测报告、作业指导书及故障分析报告，其所有权和知识产权归甲方所有，乙方应在服务期满时完整移交。
H:11. 违约责任
P:11.1 乙方未按第4.1条按时完成进场交接，或未按第4.2条完成年度全面检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 因乙方维护不当造成设备损坏的，乙方负责修复或赔偿。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:12. 分包
P:乙方不得将本合同项下服务转包或分包。确需设备原厂提供技术支持的，须事先取得甲方书面同意，乙方对其行为承担全部责任。
H:13. 合同解除
P:乙方严重违约，或连续两个季度考核得分低于八十分，经甲方书面通知后十日内未能纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
H:14. 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据不可抗力的影响部分或全部免除责任。
H:15. 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:16. 其他
P:本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。附件一至附件三为本合同组成部分。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
"""

H32Z06 = """
T:气象大数据平台软件许可及实施合同
P:合同编号：QX-XXZX-2025-031
P:甲方：××省气象局
P:乙方：天衡数智科技有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件，甲乙双方就气象大数据平台软件许可及实施项目订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供气象大数据平台软件（以下简称平台软件）的永久使用许可，并完成平台部署、数据接入、服务接口开发、性能调优和人员培训。
P:1.2 数据接入范围包括国家级和区域级自动气象站、多普勒天气雷达、风云卫星、探空、闪电定位及数值预报产品等十一类数据，接入后应实现统一存储、质量控制和标准化服务。
P:1.3 服务接口开发包括为省级预报业务、公共气象服务、人工影响天气等十二个业务系统提供数据服务接口。
P:1.4 项目实施周期为合同签订之日起一百二十日内完成部署上线。
H:第二条 合同金额
P:2.1 合同总金额为人民币贰佰肆拾捌万元整（¥2,480,000），具体如下：平台软件许可费1,360,000元；数据接入及解码适配520,000元；数据服务接口开发384,000元；部署实施及性能调优186,000元；培训30,000元。
P:2.2 上述价格为固定价格，已包含乙方完成本项目的全部费用和税费。平台软件许可不限服务器节点数量和用户数量，甲方扩容计算和存储资源不另行收取许可费。
H:第三条 付款方式
P:3.1 合同签订后十个工作日内，甲方支付合同总金额的百分之二十。
P:3.2 平台部署完成并上线运行后十个工作日内，甲方支付合同总金额的百分之四十五。
P:3.3 平台上线运行满一个月后十个工作日内，甲方支付合同总金额的百分之三十五。
P:3.4 乙方应在每次付款前开具等额合法发票。本项目资金来源为财政资金，甲方按国库集中支付程序办理付款。
H:第四条 实施要求
P:4.1 乙方应在合同签订后十五日内提交实施方案，经甲方确认后实施。
P:4.2 数据接入期间，乙方应保证原有业务系统的数据收集和分发不中断；切换工作应安排在非灾害性天气过程期间进行，遇重大天气过程应服从甲方安排暂停切换。
P:4.3 乙方应组建不少于八人的项目团队，项目经理应具有五年以上气象信息化项目经验，未经甲方书面同意不得更换项目经理和技术负责人。
P:4.4 乙方应每周向甲方提交项目进度报告，对影响工期的重大问题应及时书面报告并提出解决方案。
P:4.5 甲方负责提供机房环境、虚拟化计算和存储资源、网络接入条件及各类数据源的接入授权，并协调国家级业务单位的数据下发事宜。
P:4.6 乙方应在平台上线前完成三期培训，分别面向系统管理员、数据管理人员和业务用户，培训总时长不少于六十学时，并提供培训教材。
P:4.7 乙方应交付以下成果：平台软件安装介质及许可文件；数据解码适配程序和服务接口程序的源代码及说明文档；部署文档、运维手册和用户手册；测试报告和培训教材。
H:第五条 验收
P:5.1 平台上线后进入试运行，试运行期为三个月。试运行期满后，乙方提交验收申请，甲方组织最终验收。
P:5.2 验收标准：（一）十一类数据全部接入，数据到报时效满足附件二要求，自动站数据从入库到可检索不超过一分钟；（二）十二个业务系统接口联调通过；（三）常用查询接口在200个并发请求下平均响应时间不超过两秒；（四）试运行期间未发生一级故障；（五）通过第三方软件测评和网络安全等级保护测评。
P:5.3 试运行期间发现的问题，乙方应及时修复并记录；发生一级故障的，试运行期自故障修复之日起重新计算。
P:5.4 验收合格的，甲方出具书面验收报告；验收不合格的，乙方应在二十日内整改后重新申请验收。
H:第六条 质量保证与技术支持
P:6.1 质保期为自最终验收合格之日起二十四个月，质保期内乙方免费提供平台软件升级、缺陷修复和技术支持。乙方每次升级前应提交升级方案和回退方案，经甲方同意后在非业务高峰时段实施，升级不得影响已开发接口的正常使用。
P:6.2 平台年可用率不低于99.95%。一级故障（数据接入中断或全部服务接口不可用）乙方应在1小时内响应，8小时内恢复；二级故障应在2小时内响应，24小时内恢复。
P:6.3 乙方超过上述时限的，每超时一小时向甲方支付人民币一千元；年可用率未达标的，每低于0.01个百分点支付人民币二千元。
P:6.4 质保期内乙方每季度对平台进行一次健康检查并提交巡检报告；每年五月至九月汛期及重大天气过程期间，乙方应安排工程师驻场保障，费用已包含在合同金额中。
P:6.5 质保期满后，甲方可与乙方签订年度维护合同，年度维护费不超过平台软件许可费的百分之十（即每年不超过人民币壹拾叁万陆仟元），质保期满后两年内不上调。
H:第七条 知识产权
P:7.1 平台软件的知识产权归乙方所有，乙方授予甲方永久、非独占的使用许可，许可范围为甲方及其直属单位。
P:7.2 乙方保证平台软件及其所含第三方组件不侵犯任何第三方的知识产权；因侵权引起的索赔由乙方负责处理并承担全部费用。
P:7.3 乙方为本项目开发的数据解码适配程序、服务接口程序及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 平台存储和处理的全部气象观测数据、业务产品及用户数据属于甲方，乙方仅可为本项目实施和技术支持使用，不得将其提供给任何第三方，不得用于其他目的。
P:8.2 乙方应按照网络安全等级保护第三级要求完成平台安全配置，实施人员须通过甲方堡垒机访问系统，不得将数据拷贝至甲方网络之外。
P:8.3 项目实施结束或合同解除时，乙方应注销其实施人员的全部系统账号，删除因实施需要临时使用的测试数据，并向甲方出具书面确认。
P:8.4 发生数据泄露、篡改、丢失等安全事件的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 违约责任
P:9.1 乙方未按第1.4条约定期限部署上线的，每逾期一日，按合同总金额的万分之四向甲方支付违约金，违约金累计不超过合同总金额的百分之十。
P:9.2 乙方交付的软件存在重大缺陷，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应返还已收款项。
P:9.3 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十条 分包
P:乙方不得将本项目分包或转包给第三方。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。合同解除后，乙方应向甲方移交已完成的开发成果和技术文档。
H:第十二条 不可抗力
P:因地震、洪水、重大疫情等不可抗力导致一方不能按期履行的，该方应在三日内通知对方，并在十五日内提供相关证明，履行期限相应顺延。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。双方因本合同发生争议，应协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十四条 其他
P:本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。附件一《项目需求书》、附件二《数据接入清单及时效要求》为本合同组成部分。
P:甲方（盖章）：××省气象局　　　　乙方（盖章）：天衡数智科技有限公司
"""

H32E02 = """
T:Supply Contract for a Web Inspection and Web Break Monitoring System
P:Contract No. HQP-PM3-2025-114
P:Buyer: Haiqiao Paper Co., Ltd., Rizhao, Shandong Province
P:Supplier: Nordvision Industrial Imaging (Shanghai) Co., Ltd.
P:The Buyer operates paper machine PM3 (wire width 7.2 m, design speed 1,400 m/min) and wishes to install a web inspection system and a web break monitoring system. The Supplier, the China subsidiary of the system's manufacturer, was selected by competitive negotiation. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "System" means the web inspection system and the web break monitoring system described in Annex 1, including cameras, lighting, processing servers, software licences and documentation.
P:1.2 "Contract Price" means the total price stated in Article 2.
P:1.3 "Final Acceptance" means the Buyer's written certificate issued under Article 6.3.
P:1.4 "Hardware and Licence Subtotal" means the subtotal so named in the price table in Article 2.
H:Article 2 Scope and Contract Price
P:2.1 The Supplier shall supply, install, commission and hand over the System, train the Buyer's operators and maintenance staff, and provide the warranty and support services in Article 7.
P:2.2 The Contract Price is CNY 3,460,000 (three million four hundred and sixty thousand yuan), fixed and inclusive of VAT, transport, insurance, customs clearance and all other costs:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Line-scan inspection camera|16|96,000|1,536,000
TB:2|LED lighting unit|16|18,500|296,000
TB:3|High-speed web break monitoring camera|8|42,000|336,000
TB:4|Camera processing server|4|68,000|272,000
TB:5|Inspection software licence (perpetual, PM3)|1|465,000|465,000
TB:6|Defect classification module licence (perpetual)|1|188,000|188,000
TB:|Hardware and Licence Subtotal|||3,093,000
TB:7|Installation, cabling and camera beams|1|214,000|214,000
TB:8|Commissioning and classifier training|1|126,000|126,000
TB:9|Operator and maintenance training|1|27,000|27,000
TB:|Contract Price|||3,460,000
H:Article 3 Payment
P:3.1 Advance payment: thirty-five per cent (35 %) of the Contract Price within fifteen (15) days after signature of this Contract, against the Supplier's invoice.
P:3.2 Delivery payment: forty per cent (40 %) of the Contract Price within thirty (30) days after all equipment has been delivered to the Buyer's site and the delivery note has been signed. Signing the delivery note confirms quantities and visible condition only and is not acceptance.
P:3.3 Final payment: twenty-five per cent (25 %) of the Contract Price within thirty (30) days after Final Acceptance.
P:3.4 All payments are made in CNY by bank transfer against a valid VAT special invoice.
H:Article 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment DDP the Buyer's mill within ninety (90) days after signature and complete installation during the PM3 maintenance shutdown notified by the Buyer, which is planned to last five (5) days.
P:4.2 The Supplier's staff shall follow the Buyer's mill safety rules, including lock-out and tag-out, hot-work permits and personal protective equipment. The Buyer provides power, compressed air and a network connection at the camera beam locations.
P:4.3 The Supplier shall train the Buyer's staff on site: two (2) courses for machine operators and quality staff, one (1) course for instrument and IT maintenance staff, in Chinese, with course materials, for a total of not less than forty (40) training hours. Training completed is recorded by attendance lists signed by both parties.
P:4.4 The Supplier shall deliver, not later than the start of the trial period, the as-built documentation, wiring diagrams, operating and maintenance manuals in Chinese, a recommended spare-parts list with prices, and a backup of all software configurations.
H:Article 5 Delay
P:5.1 If the Supplier fails to deliver the equipment or to complete installation within the shutdown window for reasons attributable to it, the Supplier shall pay liquidated damages of zero point three per cent (0.3 %) of the Contract Price for each full week of delay, up to a maximum of five per cent (5 %) of the Contract Price.
P:5.2 The payment of liquidated damages does not relieve the Supplier of its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 After commissioning, the System shall run on PM3 for a trial period of thirty (30) consecutive days.
P:6.2 The acceptance tests, performed jointly at the end of the trial period, shall show that: (a) the System detects holes, spots and streaks of 0.3 mm and larger across the full web width at machine speeds up to 1,400 m/min; (b) defect classification accuracy is at least ninety per cent (90 %) on the agreed defect sample set; (c) web break events are recorded with synchronised video from all eight break cameras; (d) defect maps and roll reports are transferred to the Buyer's quality control system; and (e) no Severity 1 fault occurred during the trial period.
P:6.3 If the tests are passed, the Buyer shall issue the Final Acceptance certificate within ten (10) working days. Delivery, installation, start-up or production use of the System is not acceptance. If a test fails, the Supplier shall remedy the defect at its cost and the test shall be repeated.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants the System for twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective parts free of charge, provide software updates and patches, and perform two preventive maintenance visits per year.
P:7.2 Faults are classified and handled as follows:
TB:Severity|Definition|Response time|On-site attendance|Restoration
TB:Severity 1|Inspection or break monitoring unavailable on the running machine|12 hours|48 hours|72 hours
TB:Severity 2|Part of the web width or some cameras not inspected|24 hours|3 working days|5 working days
TB:Severity 3|Minor fault or question, no loss of inspection|2 working days|as agreed|next software update
P:7.3 If the Supplier exceeds the restoration time for a Severity 1 fault, it shall pay CNY 1,000 for each hour of delay, to be deducted from any amount due to the Supplier or paid on demand.
P:7.4 After the warranty period the Supplier shall offer annual support on the same terms at an Annual Support Fee of nine per cent (9 %) of the Hardware and Licence Subtotal, that is CNY 278,370 per year. This fee is fixed for the first three (3) years after the warranty period. Support is ordered by separate annual purchase orders and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The inspection software and the defect classification module remain the property of the Supplier's group and are licensed to the Buyer perpetually for use on PM3 and any successor machine at the same site.
P:8.2 The defect classes and classifier models trained on the Buyer's samples, the interface to the Buyer's quality control system and distributed control system, and the related configuration files and documentation are Buyer deliverables. They belong to the Buyer, which may use and modify them and have them maintained by third parties.
H:Article 9 Data Security
P:9.1 Images, defect data, production data and reports generated by the System are the Buyer's data. The Supplier may use them only to perform this Contract and shall not copy them off site or use them for any other purpose.
P:9.2 Remote access for support is permitted only through the Buyer's VPN, with a separate approval by the Buyer's IT department for each session, and is logged. The Supplier shall keep the System's servers patched and hardened in line with the Buyer's security baseline.
P:9.3 The Supplier shall notify the Buyer within twenty-four (24) hours after becoming aware of any unauthorised access to or loss of the Buyer's data and is liable for the losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this Contract, including the Buyer's product grades, recipes and production figures, and shall not disclose it to third parties without prior written consent, during the Contract and for five (5) years after it ends.
H:Article 11 Liability
P:The Supplier's total liability under this Contract is limited to two hundred per cent (200 %) of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:Article 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty (20) days after notice, or if the System fails the acceptance tests twice.
H:Article 14 Force Majeure
P:Neither party is liable for a delay caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure lasts more than sixty (60) days, either party may end this Contract by written notice, and the Buyer shall pay for equipment already delivered.
H:Article 15 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
P:Annex 1: Technical specification and scope of supply. Annex 2: Acceptance test procedure and defect sample set.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SOURCES = {"h32z01": H32Z01, "h32z04": H32Z04, "h32z06": H32Z06, "h32e02": H32E02}
TARGETS = {"h32z01": ("h32z01_expressway_toll_lane_system_integration.docx", "docx"),
           "h32z04": ("h32z04_customs_inspection_equipment_om_service.pdf", "pdf"),
           "h32z06": ("h32z06_meteorological_data_platform_licence.pdf", "pdf"),
           "h32e02": ("h32e02_paper_mill_web_inspection_cameras.docx", "docx")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
