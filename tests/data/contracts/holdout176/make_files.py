"""holdout176: ten ordinary draft contracts (5 zh, 5 en), written by hand, and their labels.

Run with /work/main/.venv/bin/python make_files.py. It writes the .md / .txt files as they are below, builds the two
.docx and the two .pdf with ../word_pdf.py (PDF lines broken at word boundaries, wrap_words=True), reads every file
back (python-docx / pypdf), prints the text lengths, scans the read-back texts for values that sit on a policy
threshold, and writes the .json labels after asserting the price sums, computing the percentages and the TCO, and
re-applying the policy rules (policy.md section 3, as I read it) to each label's terms.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h176z01 — 港航管理局 内河航道智能感知系统 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1, compliant
# ---------------------------------------------------------------------------------------------------------------
H176Z01 = """
T:清江市内河航道智能感知系统建设项目政府采购合同
P:合同编号：QJGH-2025-ZC-017
P:采购人（甲方）：清江市港航管理局
P:地址：清江市滨江路88号
P:供应商（乙方）：浙江澜舟智能科技有限公司
P:地址：杭州市西湖区文三路509号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、清江市内河航道智能感知系统建设项目公开招标文件（招标编号：QJCG2025-GK-0436）、乙方投标文件及中标通知书，甲乙双方经协商一致，签订本合同。
H:第一条 项目内容
P:1.1 乙方负责在清江航道、城西运河航道及城西船闸上下游共42个感知点位，完成视频感知前端、毫米波雷达船舶流量检测装置、AIS基站、水位流速监测站和边缘计算节点的供货、安装、调试，在甲方政务云部署航道感知平台软件，并完成船舶识别、闸坝联动告警及与省级港航数据平台的接口开发。
P:1.2 点位清单、设备技术参数、平台功能及接口要求以招标文件第三章“采购需求”和乙方投标文件技术响应表为准；二者不一致的，以对甲方更有利者为准。
P:1.3 乙方负责对甲方值班人员、运维人员进行操作和管理培训，培训不少于三期，每期两天。
H:第二条 合同价款
P:2.1 本合同总价为人民币4,635,200元（大写：肆佰陆拾叁万伍仟贰佰元整），包括设备、软件、定制开发、运输、保险、安装施工、调试、培训、税费及质保期内全部服务费用。合同履行期间价格不作调整。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|视频感知前端（高清球机+热成像双光谱）|42套|38,600|1,621,200
TB:2|毫米波雷达船舶流量检测装置|12套|56,000|672,000
TB:3|AIS基站|4套|78,500|314,000
TB:4|水位流速监测站|8套|33,500|268,000
TB:5|边缘计算节点|12台|24,800|297,600
TB:6|航道感知平台软件许可（永久）|1套|486,000|486,000
TB:—|设备及软件小计|||3,658,800
TB:7|定制开发（船舶识别、闸坝联动、省级平台接口）|1项|528,000|528,000
TB:8|安装施工（含立杆基础、供电及光缆接入）|1项|412,400|412,400
TB:9|培训|1项|36,000|36,000
TB:—|合计|||4,635,200
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，乙方提交等额的银行预付款保函后，甲方支付合同总价的20%，即927,040元，作为预付款。
P:3.2 全部设备到货并安装完毕，经甲方签收后15个工作日内，甲方支付合同总价的45%，即2,085,840元。到货签收仅确认设备数量、型号和外观，不代表质量验收。
P:3.3 项目终验合格后15个工作日内，甲方支付合同总价的35%，即1,622,320元。
P:3.4 乙方每次请款应提供合法有效的增值税发票。甲方付款须履行财政资金支付程序，但不得无故拖延。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后120日内完成全部设备的供货、安装和联调，并提交初验申请。平台软件及定制开发功能应与前端设备同步部署。
P:4.2 涉及航道水上作业的，乙方应事先向甲方报备，并按海事及航道管理要求设置警示标志、安排安全员，保证通航安全。施工造成航道设施损坏的，由乙方负责修复。
P:4.3 乙方应指派具有相应资质的项目经理常驻现场，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验：安装联调完成后，甲方组织初验，逐点核对设备型号、数量和安装质量，测试平台全部功能以及与省级港航数据平台的数据交换。
P:5.2 试运行：初验合格后进入为期60日的试运行。试运行期间应同时满足：船舶流量统计与人工抽样核对的偏差不超过3%；白天与夜间的船名识别准确率均不低于93%；水位数据每5分钟上报一次，无连续中断超过1小时的情况；平台未发生一级故障。
P:5.3 终验：试运行期满且上述指标全部达到后，甲方组织终验，可邀请行业专家参加，双方签署终验报告。设备到货、安装完成、上线试运行或甲方实际使用，均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内，乙方免费提供设备维修、更换、软件升级和缺陷修复，并每半年进行一次全面巡检。
P:6.2 质保期内，平台月可用率不低于99.95%。故障分级及响应要求：一级故障（平台整体不可用或超过10个点位同时中断）30分钟内响应、2小时内到达现场、8小时内恢复；二级故障（单个点位中断或单项功能失效）1小时内响应、48小时内修复；三级故障（一般性问题）在下一个工作日内处理。
P:6.3 乙方未按时响应、到场或修复的，每超时1小时向甲方支付违约金1,000元；平台月可用率每低于约定值0.01个百分点，乙方向甲方支付违约金2,000元。
P:6.4 质保期满后，甲方如继续委托乙方提供运维服务，年度运维费不超过设备及软件小计的8%，即每年不超过292,704元；该上限在质保期满后两年内不变。具体服务内容以双方另行签订的运维合同为准。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的船舶识别模型参数、闸坝联动规则、接口程序及其源代码和技术文档，知识产权归甲方所有，乙方应在终验前一并移交。甲方可自行或委托第三方使用、修改和再开发。
P:7.2 航道感知平台软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供软硬件不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 本项目采集的视频图像、船舶轨迹、AIS报文、水文数据及平台日志均属于甲方，乙方仅为履行本合同处理上述数据，不得复制、留存或用于其他目的，不得向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施。远程维护须经甲方审批并通过堡垒机进行，全程留痕；乙方人员不得使用未经甲方检查的移动存储介质。
P:8.3 发生数据泄露、篡改或其他安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、航道设施布局、网络结构和其他非公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成终验的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方所供设备或软件不符合合同约定的，乙方应负责更换或整改，并赔偿甲方因此遭受的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。立杆基础等土建施工确需分包的，须事先取得甲方书面同意，乙方对分包工作向甲方承担全部责任；其他工作不得分包。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，要求乙方返还已付款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十三条 适用法律及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
P:14.2 本合同一式六份，甲方执四份，乙方执二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：清江市港航管理局　　　　乙方（盖章）：浙江澜舟智能科技有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h176z02 — 瓦楞纸板厂 在线质量检测系统 hardware + post-warranty maintenance, .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H176Z02 = """
T:瓦楞纸板在线质量检测系统采购及维保合同
P:合同编号：HX-SB-2025-031
P:甲方（买方）：广东恒兴包装纸品有限公司
P:地址：东莞市麻涌镇新基工业区18号
P:乙方（卖方）：苏州瞳衡视觉科技有限公司
P:地址：苏州工业园区星湖街328号
P:甲方两条五层瓦楞纸板生产线需加装在线质量检测系统。经询价比选，甲乙双方根据《中华人民共和国民法典》，就设备采购、安装调试及质保期满后的维保服务协商一致，签订本合同。
H:一、供货范围与合同价格
P:（一）乙方为甲方1号、2号瓦楞纸板生产线提供在线视觉检测单元、含水率在线检测仪、厚度及边压在线测量装置、工控机及数据服务器、检测软件，并负责安装、调试、与甲方MES系统对接以及操作培训。
P:（二）合同总价为人民币1,420,000元，含13%增值税，包括设备、软件、包装运输、保险、安装调试、MES对接、培训及质保期内的全部服务。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|在线视觉检测单元（线阵相机、光源、支架）|4套|672,000
TB:2|含水率在线检测仪|2台|193,000
TB:3|厚度及边压在线测量装置|2套|148,000
TB:4|工控机及数据服务器|1批|86,000
TB:5|检测软件许可（含缺陷分类模型）|1套|187,000
TB:—|设备及软件小计||1,286,000
TB:6|安装调试|1项|98,000
TB:7|MES系统对接|1项|20,000
TB:8|操作及维护培训|1项|16,000
TB:—|合计||1,420,000
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即284,000元。
P:（二）全部设备到货并经甲方清点签收后10个工作日内，甲方支付合同总价的50%，即710,000元。到货签收不构成质量验收。
P:（三）系统终验合格后10个工作日内，甲方支付合同总价的25%，即355,000元。
P:（四）其余5%即71,000元作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
H:三、交货、安装与调试
P:（一）乙方应在合同生效后60日内将全部设备运抵甲方工厂，并在到货后25日内完成安装调试。安装应利用甲方计划停机时间进行，每次停机不超过8小时，乙方应提前五日提交施工方案。
P:（二）乙方负责检测单元的机械安装、电气接线、光源标定和相机校准；甲方负责提供电源、压缩空气及网络接入点，并安排生产线配合调试。
P:（三）MES对接：检测结果按订单号和卷号实时写入甲方MES系统；严重缺陷触发在线喷码标记，并向分切机发送剔除信号。
P:（四）培训：乙方应为甲方操作人员和设备维护人员各提供一次现场培训，每次不少于两天，培训内容包括日常操作、光源与相机清洁、缺陷样本标注和常见故障处理，并提供中文操作手册。
P:（五）乙方人员在甲方厂区作业应遵守甲方安全生产管理制度，佩戴劳保用品；因乙方人员违章作业造成的人身或财产损失由乙方承担。
H:四、验收
P:（一）安装调试完成后，系统进入连续20个生产日的试运行。
P:（二）终验标准如下：
P:1. 对起泡、脱胶、露楞、划伤、污点五类缺陷，以甲方质检员人工抽检的200张纸板为基准，漏检率不高于2%，误报率不高于1%；
P:2. 含水率测量值与实验室烘干法结果的偏差不超过正负0.5个百分点；
P:3. 厚度测量值与千分尺测量结果的偏差不超过正负0.04毫米；
P:4. 检测数据写入MES系统无丢失，剔除信号延迟不超过0.5秒；
P:5. 试运行期间未发生导致整线停机的系统故障。
P:（三）上述标准全部达到后，双方签署终验报告。设备到货、安装完成或甲方在生产中使用系统，均不视为验收合格。未达标的，乙方应在15日内整改后重新验收，整改费用由乙方承担。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内，设备及软件故障由乙方免费维修或更换，光源、相机等部件同样免费更换；软件免费升级。
P:（二）故障响应：一级故障（检测系统停止工作或剔除信号失效）1小时内远程响应，12小时内到场处理；二级故障（单个检测单元或单项功能异常）2小时内响应，48小时内修复；三级故障于下一次计划停机时处理。
P:（三）乙方未按时响应或到场的，每超时1小时向甲方支付违约金500元；累计超时达到24小时的，甲方可另行委托第三方维修，费用由乙方承担。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方按甲方要求提供年度维保服务，内容包括：每季度一次现场巡检与标定；光源、相机、编码器等备件的更换；检测软件升级和缺陷模型更新；7×24小时远程技术支持。服务响应时限与本合同第五条（二）相同。
P:（二）年度维保服务费为每年人民币318,000元，按服务年度于每年开始后20日内支付。该费用自质保期满之日起五年内固定不变，乙方不得以备件涨价等理由调整。
P:（三）维保服务按年度签订服务确认单；任何一方可在服务年度届满前60日书面通知对方不再续订。
H:七、知识产权
P:（一）检测软件的著作权归乙方，乙方授予甲方在本合同所供设备上永久使用该软件的许可。
P:（二）乙方为甲方开发的MES对接程序、剔除逻辑配置及甲方专属缺陷样本库，知识产权归甲方所有，乙方应交付源代码和技术文档，甲方可自行修改和使用，也可交由第三方维护。
H:八、数据安全
P:（一）检测图像、质量数据、订单及生产数据均属于甲方。乙方仅为履行本合同访问上述数据，未经甲方书面同意，不得复制、带离甲方厂区，也不得用于其他客户或用于模型训练。
P:（二）乙方远程维护须经甲方信息部门逐次审批，通过甲方指定的VPN接入并全程录屏；乙方应对其人员进行信息安全培训。
P:（三）发生数据泄露或因乙方原因导致生产数据被篡改、丢失的，乙方应在24小时内通知甲方并配合处置，并承担由此造成的全部损失。
H:九、保密
P:乙方对在甲方厂区及履约中知悉的工艺参数、客户订单、价格等商业秘密负有保密义务，未经甲方书面许可不得向第三方披露，保密期限至合同终止后五年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成终验的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）设备质量不符合约定的，乙方负责更换并赔偿甲方损失。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十一、分包
P:乙方不得将本合同项下工作转包或分包；确需将电气施工交由第三方完成的，应事先取得甲方书面同意，并对其工作质量负责。
H:十二、合同解除
P:乙方逾期交货超过45日，或系统经两次整改仍不能通过终验，或有其他根本违约行为且经书面催告后15日内未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。双方因本合同发生争议的，应协商解决；协商不成的，提交东莞仲裁委员会仲裁。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一：设备技术规格；附件二：终验测试方案。
P:甲方（盖章）：广东恒兴包装纸品有限公司　　乙方（盖章）：苏州瞳衡视觉科技有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h176z03 — 民宿集团 房态与订单 SaaS (three years + 实施), supplier's paper, .md, Markdown headings "### N" + N.M
# ---------------------------------------------------------------------------------------------------------------
H176Z03 = """# 云栈PMS民宿房态与订单管理云服务合同

合同编号：YZ-SaaS-2025-0618

- 甲方（客户）：浙江山栖民宿管理有限公司（住所：湖州市德清县莫干山镇劳岭村）
- 乙方（服务商）：杭州云栈信息技术有限公司（住所：杭州市余杭区仓前街道文一西路1218号）

甲方经营的民宿门店拟统一使用乙方的云栈PMS平台管理房态、订单和收银。双方依据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

### 1 服务内容

1.1 乙方通过云栈PMS平台（以下简称“平台”）向甲方旗下26家民宿门店提供房态管理、订单管理、前台收银、OTA渠道直连、会员储值及经营报表等云服务。

1.2 乙方同时提供一次性实施服务：历史订单、会员及储值余额数据迁移；携程、美团、飞猪、抖音等8个OTA渠道的直连对接；门店房型、价格体系及收银设备配置；门店店长和前台员工培训。

1.3 云服务期限为三年，自上线验收合格之日起计算。

1.4 服务期内，乙方为甲方指定专属客户成功经理，每季度回访一次；新入职门店员工可随时参加乙方的线上培训课程，不另收费。

1.5 乙方按季度发布平台功能更新，涉及门店操作变化的，应至少提前7日通知甲方并提供操作说明。

### 2 费用

2.1 本合同费用如下：

| 项目 | 数量 | 单价 | 金额（元） |
|---|---|---|---|
| 门店订阅费 | 26家 | 4,800元/店/年 | 124,800/年 |
| OTA渠道直连模块 | 1项 | 36,000元/年 | 36,000/年 |
| 年度服务费小计 | | | 160,800/年 |
| 三年服务费合计 | | | 482,400 |
| 实施费（一次性） | 1项 | | 68,000 |
| 合同总金额 | | | 550,400 |

2.2 服务期内甲方新增门店的，按每店每年4,800元按月折算计费；减少门店的，自次月起相应减少。

2.3 上述费用已含增值税。除本合同列明的费用外，乙方不得另行收取其他费用。

### 3 付款

3.1 实施费68,000元在上线验收合格后15个工作日内一次性支付。

3.2 年度服务费按季度支付：每个服务季度结束后10个工作日内，甲方支付当季服务费40,200元。

3.3 甲方无须向乙方预付任何款项。乙方应在甲方付款前开具合法有效的增值税专用发票。

### 4 实施与上线验收

4.1 乙方应在合同签订后45日内完成全部实施工作，并书面申请上线验收。

4.2 上线验收标准：（1）历史订单、会员及储值余额迁移后与原系统逐条核对一致；（2）8个OTA渠道的房态和房价同步延迟不超过60秒，连续7日未发生超订；（3）26家门店收银对账连续14日无差异；（4）合同附件所列功能清单全部通过测试。

4.3 满足上述标准后，双方签署上线验收单。平台开通账号或门店开始使用，均不视为验收合格。

4.4 因乙方原因逾期完成上线验收的，每逾期一日，乙方按本合同总金额的万分之七向甲方支付违约金。

### 5 服务水平

5.1 平台月可用率不低于99.5%。经提前72小时通知、安排在凌晨1点至5点之间的计划维护不计入不可用时间；因OTA平台自身原因造成的同步中断亦不计入。

5.2 故障分级：一级故障（全部门店无法登录、房态无法同步或无法接收订单）15分钟内响应、2小时内恢复；二级故障（部分门店或单项功能异常）1小时内响应、8小时内解决；三级故障（咨询及一般问题）在下一个工作日内答复。

5.3 服务补偿：当月可用率低于约定值的，减免当月服务费的10%；低于99%的，减免当月服务费的20%；一级故障超过恢复时限的，每超时1小时另行减免当月服务费的2%。补偿从下一期服务费中扣减。

5.4 乙方每月5日前向甲方提供上月服务水平报告，列明可用率、故障及处理情况。

### 6 续期

6.1 服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一年，续期次数不限。

6.2 续期期间的服务费按乙方届时公布的标准价格执行，乙方无须另行取得甲方同意。

### 7 数据权属与使用

7.1 甲方在平台中录入和产生的订单、房态、价格、会员及住客信息（以下简称“甲方数据”）归甲方所有。

7.2 甲方同意，乙方可对甲方数据进行去标识化处理，并与其他客户的数据汇总，用于编制区域民宿入住率及房价指数、改进产品，以及向第三方提供行业分析报告。该项使用在本合同终止后继续有效。

7.3 本合同终止后30日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，经甲方确认后删除平台中的甲方数据。

### 8 数据安全

8.1 平台部署于中国境内的云服务商数据中心，已通过网络安全等级保护第三级测评。住客身份证号、手机号等个人信息加密存储，按最小权限原则授权访问，操作日志保存不少于六个月。

8.2 乙方每日对甲方数据进行备份，备份数据异地存放并保留30日；每半年至少进行一次恢复演练，并向甲方提供演练记录。

8.3 乙方应遵守《中华人民共和国个人信息保护法》《中华人民共和国数据安全法》，采取必要的技术和管理措施保障甲方数据安全。发生数据泄露、篡改或丢失等安全事件的，乙方应在发现后24小时内通知甲方，并立即采取补救措施；因乙方原因造成的，乙方承担赔偿责任。

### 9 保密

9.1 双方对在合作中获知的对方商业秘密、经营数据及本合同内容负有保密义务，未经对方书面同意不得向第三方披露，法律另有规定的除外。

9.2 保密义务在本合同终止后三年内继续有效。

### 10 知识产权

10.1 平台及其升级版本的知识产权归乙方所有。

10.2 乙方为甲方定制的报表模板、价格规则和渠道映射配置归甲方所有，甲方可自由使用、修改，或交由其他服务商使用。

### 11 分包

11.1 乙方使用的云服务商为阿里云计算有限公司，双方签署本合同即视为甲方同意。除此以外，乙方将本合同项下任何服务分包给第三方的，须事先取得甲方书面同意。

### 12 责任限制

12.1 乙方对本合同项下的累计赔偿责任以合同总金额的150%为限；但因数据泄露、乙方故意或重大过失造成的损失，不受此限。

### 13 合同解除

13.1 乙方严重违约（包括连续两个月可用率低于99%），经甲方书面催告后15日内未纠正的，甲方有权解除本合同，乙方应赔偿甲方损失。

13.2 甲方逾期付款超过60日，经乙方催告后仍未支付的，乙方可暂停服务。

### 14 适用法律与争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同引起的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

### 15 其他

15.1 本合同附件包括：功能清单、门店清单、服务水平报告模板。

15.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：浙江山栖民宿管理有限公司　　　乙方（盖章）：杭州云栈信息技术有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h176z04 — 区城管执法局 非现场执法系统 annual O&M (政府采购 竞争性磋商), .txt, 第一章 + 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H176Z04 = """滨湖区非现场执法系统运维服务政府采购合同

合同编号：BHCG-2025-CS-112
采购人（甲方）：滨湖区城市管理综合行政执法局
供应商（乙方）：江苏睿城信息技术服务有限公司
采购方式：竞争性磋商（磋商编号：BH2025-JZCS-0219）

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就滨湖区非现场执法系统年度运维服务达成如下协议。

第一章 服务范围与期限

第一条 服务对象
（一）前端点位：违停抓拍点位86个、占道经营智能识别点位54个、渣土车卡口12个，共152个点位，含摄像机、补光灯、立杆、供电及传输设备。
（二）中心平台：非现场执法平台、证据管理系统、视频存储及中心机房相关服务器、存储和网络设备。

第二条 服务内容
（一）前端点位每月巡检一次，清洁镜头和补光灯，检查供电、传输及抓拍效果；
（二）平台及中心机房的日常监控、补丁更新、备份检查和性能优化；
（三）派驻2名运维工程师在甲方指挥中心驻场，工作日8:30至17:30在岗，节假日安排值班；
（四）故障维修及备品备件更换（备件费用已包含在合同价款中）；
（五）每月提交运维月报，每季度提交设备运行分析报告。

第三条 服务期限
服务期一年，自2025年7月1日起至2026年6月30日止。服务期满本合同自动终止，续签须按规定重新履行采购程序。

第二章 合同价款与支付

第四条 合同价款
本合同总价为人民币778,000元，为固定总价，包括人工、交通、工具、备品备件、税费等全部费用。分项如下：
前端点位运维：152个点位 × 1,850元/年 = 281,200元
平台及中心机房运维：126,000元
驻场运维人员：2人 × 138,000元/年 = 276,000元
备品备件包干：94,800元
合计：778,000元

第五条 支付方式
（一）本合同不设预付款。
（二）服务费按季度支付，每季度194,500元。每季度结束后，甲方根据本合同第七条的季度考核结果，在收到乙方发票后15个工作日内支付当季服务费；考核扣款从当季服务费中扣除。

第三章 交接、考核与服务水平

第六条 运维交接
（一）乙方应在服务期开始后15日内完成与原运维单位的交接和全部152个点位的首次全面巡检，提交设备台账、点位状态表和问题整改清单。
（二）交接验收标准：设备台账与现场逐点核对一致；全部点位抓拍图片清晰、时间同步偏差不超过1秒；平台账号、备份策略和网络拓扑资料完整移交。达到上述标准后甲方签署交接验收单。

第七条 季度考核
甲方每季度按照磋商文件中的考核细则对乙方进行考核，考核内容包括点位完好、故障处理时效、巡检记录、驻场人员到岗和报告质量。考核得分低于85分的，当季服务费按得分比例扣减；连续两个季度低于70分的，甲方有权解除合同。

第八条 服务水平
（一）中心平台月可用率不低于99.98%。
（二）故障分级与时限：一级故障（平台瘫痪、证据数据无法上传或批量点位离线）30分钟内响应，2小时内到场，6小时内恢复；二级故障（单个点位故障）2小时内响应，24小时内修复；三级故障（图片质量下降等一般问题）在下一次巡检前处理完毕。
（三）未达到上述时限的，一级故障每超时1小时扣款1,000元，二级故障每超时1小时扣款100元；平台月可用率每低于约定值0.01个百分点，扣款1,500元。扣款在当季服务费中扣除。

第四章 数据、保密与知识产权

第九条 数据安全
（一）前端抓拍图片、视频、执法证据数据、车辆号牌及当事人信息均属于甲方，乙方仅为运维需要在甲方授权范围内访问，不得复制、下载、留存或用于其他任何目的。
（二）乙方应遵守网络安全等级保护第三级的管理要求，运维操作须通过甲方堡垒机进行，账号专人专用，操作全程记录；乙方人员不得使用私人设备接入政务网络。
（三）发生数据泄露、证据数据丢失或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

第十条 保密
乙方及其驻场人员对履约中接触的执法信息、当事人个人信息、网络结构和甲方工作秘密负有保密义务，驻场人员应签署保密承诺书。保密义务不因合同终止而解除。

第十一条 知识产权
乙方在服务期内形成的运维文档、点位台账、巡检报告、配置脚本和分析报告归甲方所有，甲方可自行使用、修改或提供给后续运维单位。

第五章 违约责任

第十二条 乙方违约
（一）乙方未按第六条约定期限完成运维交接和首次全面巡检的，或未按甲方书面通知的期限完成问题整改的，每逾期一日，向甲方支付违约金300元。
（二）驻场人员无故缺岗的，每人每日扣款500元。
（三）乙方原因造成甲方设备损坏的，由乙方负责修复或赔偿。

第十三条 甲方违约
甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第六章 分包、解除与争议

第十四条 分包
乙方可将前端点位的高空作业、立杆维修及线路抢修委托给本地具备相应资质的单位实施，但应提前3个工作日书面告知甲方，并对其工作质量和安全负责。其他工作由乙方自行完成。

第十五条 合同解除
乙方有下列情形之一的，甲方可书面通知解除本合同：（一）严重违约且在甲方书面通知后10日内未纠正；（二）连续两个季度考核得分低于70分；（三）发生重大数据安全事件且系乙方原因所致。合同解除的，服务费按实际服务期间结算。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第七章 其他

第十七条 甲方义务
（一）甲方为乙方驻场人员提供办公座位、政务网运维账号及进入中心机房的授权，并指定专人负责日常联络和考核。
（二）甲方应及时协调交警、街道及供电部门，为乙方现场维修提供必要条件；点位迁移、新增等超出本合同范围的工作，双方另行协商。

第十八条 运维人员与安全生产
（一）乙方驻场工程师应具有两年以上视频监控系统运维经验，名单报甲方备案；更换驻场人员须提前10日征得甲方同意，且新人员资历不得低于原人员。
（二）乙方实施高空作业和道路作业时，应设置安全警示区域，作业人员持证上岗并购买意外伤害保险。因乙方作业造成人身伤害或第三方财产损失的，由乙方承担全部责任。
（三）乙方更换的备品备件应为原厂或同等规格的合格产品，更换下的旧件交甲方处理，不得自行处置。

第十九条 磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
第二十条 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：滨湖区城市管理综合行政执法局
乙方（盖章）：江苏睿城信息技术服务有限公司
签订日期：2025年6月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h176z05 — 红薯粉厂 ERP licence + custom development, supplier's own template, .md, "## 第X条" + X.Y, many problems
# ---------------------------------------------------------------------------------------------------------------
H176Z05 = """# 启元ERP软件许可及实施合同

**（启元软件标准合同文本 V5.0）**

合同编号：QY-ERP-2025-0877

甲方：四川南充薯香食品有限公司（住所：南充市顺庆区潆华工业园B区6号）

乙方：成都启元软件有限公司（住所：成都市高新区天府大道中段1388号）

鉴于甲方为红薯淀粉及红薯粉条生产企业，拟实施企业资源计划（ERP）系统，乙方为专业管理软件提供商，双方经友好协商，就软件许可及实施事宜签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供启元ERP软件（财务、供应链、生产制造、质量追溯四个模块，30个并发用户）的永久使用许可，并负责安装部署、基础数据初始化和用户培训。

1.2 乙方根据甲方需求进行以下定制开发（以下简称“定制开发成果”）：鲜薯收购地磅称重数据对接及按淀粉含量计价；淀粉、粉条生产批次追溯（从收购批次到成品批次）；经销商返利及冬季备货政策核算。定制需求以双方确认的《需求说明书》为准。

1.3 乙方交付物包括：软件安装介质及授权文件、用户手册、系统管理员手册、定制功能操作说明及培训记录。

## 第二条 合同价款

2.1 本合同总价为人民币572,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 启元ERP软件许可（4个模块，30个并发用户，永久） | 286,000 |
| 2 | 定制开发（称重对接、批次追溯、返利核算） | 214,000 |
| 3 | 安装部署、数据初始化及培训 | 72,000 |
| | 合计 | 572,000 |

2.2 需求说明书确认后甲方提出的新增需求，乙方按每人天1,800元另行计费。

2.3 合同价款包含乙方实施人员的差旅费用。软件许可费一经支付，不因任何原因退还。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即286,000元。

3.2 系统安装部署完成、乙方向甲方交付系统账号后5个工作日内，甲方支付合同总价的45%，即257,400元。

3.3 系统上线运行满一个月后5个工作日内，甲方支付剩余的5%，即28,600元。

3.4 甲方逾期付款的，乙方有权暂停实施和技术支持服务，工期相应顺延。

## 第四条 实施

4.1 乙方在收到首期款后开始实施，计划在90日内完成安装部署和定制开发。

4.2 甲方应指定项目负责人，按乙方要求按时提供基础数据、业务流程说明并组织人员参加培训。因甲方原因造成的延误，工期相应顺延，乙方不承担责任。

4.3 系统部署在甲方自有服务器上，服务器、数据库及操作系统由甲方自行采购，并须满足乙方提供的配置要求。因甲方服务器或网络环境不满足要求导致的问题，不属于乙方责任。

4.4 乙方为甲方提供集中培训三天，培训对象为甲方关键用户和系统管理员。关键用户培训合格后，由甲方自行组织对其他员工的培训。

4.5 甲方应在乙方提交《需求说明书》后5个工作日内确认；逾期未确认的，视为甲方同意。

## 第五条 验收

5.1 乙方完成系统安装部署并向甲方交付系统账号后，即视为甲方验收合格。

5.2 甲方在使用过程中发现的问题，可通过乙方工单系统提出，乙方将在后续版本中统一处理，但不影响验收结论。

## 第六条 免费维护与技术支持

6.1 自系统安装部署完成之日起六个月内为免费维护期。免费维护期内，乙方提供电话、远程支持和软件缺陷修复。

6.2 故障处理时限：紧急故障（系统无法登录或无法开单）乙方在接到甲方报告后24小时内响应；一般故障在3个工作日内响应。

6.3 上述时限为乙方的服务目标。乙方不因响应或处理时间超出上述时限而承担任何扣款、赔偿或违约责任。

6.4 下列情形不属于免费维护范围，乙方可另行收费：因甲方操作不当、擅自修改系统配置或数据库造成的故障；甲方服务器、网络、操作系统及第三方软件引起的问题；甲方新增的需求及报表调整；现场服务（远程无法解决且经双方确认的除外）。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得软件升级和技术支持，应与乙方签订年度维护服务协议，年度维护服务费按乙方当年公布的价格标准收取。

7.2 甲方未签订年度维护服务协议的，乙方停止提供升级和技术支持服务。

## 第八条 知识产权

8.1 启元ERP软件及其全部文档的知识产权归乙方所有。

8.2 乙方根据本合同为甲方进行的定制开发成果，包括程序、源代码、报表、接口及相关文档，知识产权均归乙方所有。甲方享有在本合同约定范围内的非独占使用权，不得修改、反编译，也不得交由第三方使用或维护。

## 第九条 数据

9.1 甲方在系统中录入的业务数据归甲方所有。

9.2 甲方同意乙方可对甲方业务数据进行脱敏处理后，用于乙方产品改进、行业分析及同类客户的方案设计。

9.3 乙方在远程支持中接触甲方系统的，应使用甲方分配的专用账号，采取加密传输、访问日志记录等安全措施，不得擅自导出甲方数据。发生因乙方原因导致的数据泄露的，乙方应在48小时内通知甲方，并承担相应的赔偿责任。

## 第十条 保密

10.1 双方对在本合同履行过程中知悉的对方商业秘密、技术信息及本合同价格负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 因乙方原因未能按期完成安装部署的，每逾期一周，乙方按合同总价的0.1%向甲方支付违约金，累计不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%，且乙方不对甲方的利润损失、停产损失等间接损失承担责任。

## 第十二条 合同解除

12.1 任何一方严重违反本合同，经对方书面通知后30日内仍未改正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十三条 不可抗力

13.1 因地震、洪水、疫情、政府行为等不可抗力导致合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，双方互不承担违约责任。

## 第十四条 争议解决

14.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同附件《需求说明书》《功能清单》与本合同具有同等效力。

15.2 甲方确认已仔细阅读并充分理解本合同全部条款，特别是第五条、第七条、第八条、第十一条的内容。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：四川南充薯香食品有限公司　　　　乙方（盖章）：成都启元软件有限公司

授权代表：　　　　　　　　　　　　　　　　　　授权代表：

日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h176e01 — Pingyang handbag maker: pattern-nesting perpetual licence + configuration + support; Dutch vendor on
# Marken, vendor's paper; .docx, "Art. N (title)" + N.M
# ---------------------------------------------------------------------------------------------------------------
H176E01 = """
T:Software Licence and Services Agreement — NestPro Pattern Nesting
P:Agreement number MNW-CN-2025-014
P:THE UNDERSIGNED:
P:1. Marken NestWorks B.V., a private company with limited liability incorporated under the laws of the Netherlands, with its registered office at Kerkbuurt 12, 1156 BL Marken, the Netherlands, registered with the Dutch Chamber of Commerce under number 71234567, duly represented by its managing director, hereinafter "Supplier";
P:2. Pingyang Hengda Leather Goods Co., Ltd. (平阳恒达皮具有限公司), a company incorporated in the People's Republic of China with its registered office at 66 Xingye Road, Aojiang Town, Pingyang County, Wenzhou, Zhejiang Province, duly represented by its legal representative, hereinafter "Customer";
P:Supplier and Customer hereinafter jointly "Parties" and each a "Party".
P:WHEREAS:
P:(A) Supplier develops and licenses NestPro, software for the automatic nesting of leather patterns, and its HideScan module;
P:(B) Customer manufactures handbags and small leather goods and wishes to use NestPro with its existing pattern CAD system and two automatic leather cutting tables;
P:(C) at Customer's request all prices in this Agreement are stated, invoiced and paid in Chinese yuan (CNY);
P:HAVE AGREED AS FOLLOWS:
H:Art. 1 (Definitions)
P:1.1 "Software" means NestPro and HideScan in object code, in the version current on the date of delivery, with the user documentation.
P:1.2 "Configuration Services" means the services described in Art. 5.2, including the Customer Deliverables.
P:1.3 "Customer Deliverables" means the imported and cleaned pattern library, the nesting rules and material tables, the cutter interface scripts and the reports made for Customer under this Agreement.
P:1.4 "Final Acceptance" means the signature by Customer of the acceptance certificate referred to in Art. 6.3.
P:1.5 "Working Day" means a business day in Wenzhou.
H:Art. 2 (Subject matter)
P:2.1 Supplier grants Customer a perpetual, non-exclusive, non-transferable licence to use the Software for its own business at its premises in Pingyang County, for the number of named seats set out in Art. 3.
P:2.2 Supplier shall perform the Configuration Services and the training and, after the warranty period, provide support and maintenance in accordance with Art. 8.
H:Art. 3 (Prices)
P:3.1 The prices are fixed and include value added tax, travel and subsistence of Supplier's staff, and all costs of delivery. They are as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|NestPro Nesting perpetual licence, named seat|6|58,000|348,000
TB:2|NestPro HideScan module perpetual licence|2|46,500|93,000
TB:—|Licence subtotal|||441,000
TB:3|Configuration Services (pattern library import, nesting rules, cutter interface)|1|126,000|126,000
TB:4|Training of operators and administrators|1|18,000|18,000
TB:—|Contract Price|||585,000
P:3.2 Additional work is charged at CNY 2,600 per person-day, only on a written quotation accepted by Customer.
H:Art. 4 (Payment)
P:4.1 Customer shall pay the Contract Price as follows: (a) 20% (CNY 117,000) within fifteen Working Days after signature of this Agreement, against Supplier's invoice; (b) 45% (CNY 263,250) within fifteen Working Days after installation of the Software at Customer's premises; installation is confirmed by a delivery note and does not constitute acceptance; (c) 35% (CNY 204,750) within fifteen Working Days after Final Acceptance.
H:Art. 5 (Delivery, installation and configuration)
P:5.1 Supplier shall install the Software on Customer's workstations and server within thirty days after signature.
P:5.2 Supplier shall, within ninety days after signature: (a) import and clean Customer's pattern library of approximately 1,200 patterns from the CAD system; (b) set up nesting rules for grain direction, hide zones and defect classes for each of Customer's leather qualities; (c) configure the interface to the two cutting tables so that nests are sent directly to the cutters; (d) set up the material consumption reports required by Customer's costing department.
P:5.3 Customer shall give Supplier's staff access to its premises and systems as reasonably required and shall make a key user available for the duration of the project.
H:Art. 6 (Acceptance)
P:6.1 After completion of the Configuration Services, the Parties shall run acceptance tests in accordance with the test plan in Annex 2.
P:6.2 The Software and the Customer Deliverables pass the acceptance tests if: (a) all 1,200 patterns are available in NestPro with correct geometry, checked by Customer on a sample of 150 patterns; (b) on a reference set of 200 hides, the material yield achieved by NestPro is at least three percentage points higher than the yield recorded by Customer's manual nesting for the same styles; (c) nests are transmitted to and cut by both cutting tables without error during ten consecutive production days; (d) the reports listed in Annex 2 are produced correctly.
P:6.3 When the criteria of Art. 6.2 are met, Customer shall sign an acceptance certificate within five Working Days. Installation, the use of the Software in production or any payment does not constitute acceptance. If the tests fail, Supplier shall correct the defects within fifteen days and the tests shall be repeated.
H:Art. 7 (Warranty)
P:7.1 Supplier warrants that during a period of three (3) months from Final Acceptance the Software will operate substantially in accordance with its documentation and the Customer Deliverables will meet the criteria of Art. 6.2.
P:7.2 During the warranty period Supplier shall correct reported defects free of charge and provide updates of the Software at no cost.
H:Art. 8 (Support after the warranty period)
P:8.1 After the warranty period Supplier shall provide support and maintenance, consisting of updates and new versions of the Software, remote support and correction of defects, against an annual support fee of 13% of the licence subtotal, being CNY 57,330 per year.
P:8.2 The annual support fee is fixed for five years from the end of the warranty period. Support is ordered year by year by Customer's written purchase order and does not renew automatically.
P:8.3 Support hours are 8:00 to 20:00 Beijing time on Working Days; Severity 1 incidents are also handled outside these hours.
H:Art. 9 (Service levels)
P:9.1 Incidents are classified as follows: Severity 1 — NestPro cannot nest or cannot send nests to a cutting table, so that cutting stops; Severity 2 — a function is impaired but cutting continues; Severity 3 — questions and minor faults.
P:9.2 Supplier shall respond to a Severity 1 incident within two hours and provide a workaround or correction within one Working Day; Severity 2 within eight hours with a correction within five Working Days; Severity 3 within two Working Days.
P:9.3 For each full hour by which Supplier exceeds the response time for a Severity 1 incident, Supplier shall pay Customer CNY 500; Customer may set off such amounts against any amount it owes Supplier.
H:Art. 10 (Intellectual property)
P:10.1 All intellectual property rights in the Software remain with Supplier or its licensors.
P:10.2 All intellectual property rights in the Customer Deliverables vest in Customer upon creation. Supplier shall deliver them, including scripts in editable form, no later than Final Acceptance. Customer may freely use, modify and license the Customer Deliverables and have them maintained by third parties.
P:10.3 Supplier shall indemnify Customer against third-party claims that the Software infringes an intellectual property right.
H:Art. 11 (Customer data and security)
P:11.1 Pattern files, hide scans, style and order data and production records processed with the Software are and remain Customer's property. Supplier may access them only to perform this Agreement and shall not use them for any other purpose.
P:11.2 Remote access by Supplier requires Customer's approval for each session, takes place through the remote-access tool designated by Customer, and is logged. Supplier shall not copy Customer's data to its own systems, except for a specific support case with Customer's written approval, and shall delete such copies when the case is closed.
P:11.3 Supplier shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer's data, shall cooperate in limiting the consequences, and is liable for the damage caused by its breach of this Art. 11.
H:Art. 12 (Confidentiality)
P:12.1 Each Party shall keep confidential all information of the other Party that is designated as confidential or should reasonably be understood to be confidential, including Customer's designs, patterns and prices, and shall use it only for the purposes of this Agreement. This obligation continues for five years after the end of this Agreement.
H:Art. 13 (Delay)
P:13.1 If Supplier fails to complete the Configuration Services within the period of Art. 5.2 for reasons attributable to Supplier, Supplier shall pay Customer a penalty of CNY 400 for each calendar day of delay, without prejudice to Customer's right to claim performance.
H:Art. 14 (Liability)
P:14.1 Supplier's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to thirty-five per cent (35%) of the Contract Price.
P:14.2 Supplier is not liable for indirect damage, including lost profit and loss of production. The limitations in this Art. 14 do not apply to damage caused by intent or deliberate recklessness of Supplier's management.
H:Art. 15 (Subcontracting)
P:15.1 Supplier shall not subcontract any part of the Configuration Services or the support without Customer's prior written consent. Supplier remains responsible for the work of any approved subcontractor.
H:Art. 16 (Termination)
P:16.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to remedy it within thirty days after a written notice of default.
P:16.2 Customer may also terminate if the delay under Art. 13 exceeds sixty days. Upon termination before Final Acceptance, Supplier shall refund the amounts paid for the parts of the work that Customer cannot use.
H:Art. 17 (Applicable law and disputes)
P:17.1 This Agreement is governed by the laws of the Netherlands. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:17.2 All disputes arising out of or in connection with this Agreement shall be submitted exclusively to the competent court in Amsterdam, the Netherlands.
H:Art. 18 (Final provisions)
P:18.1 This Agreement, with Annex 1 (functional description of the Software) and Annex 2 (acceptance test plan), constitutes the entire agreement between the Parties. Amendments are valid only if agreed in writing.
P:Thus agreed and signed in duplicate.
P:Marken, on ______________ 2025          Pingyang, on ______________ 2025
P:Marken NestWorks B.V.                    Pingyang Hengda Leather Goods Co., Ltd.
P:____________________                     ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h176e02 — Zhouzhuang canal-boat company: ticketing SaaS, Order Form + General Terms; vendor on the Ilha do
# Pessegueiro (Portuguese style); .txt, Order Form items + "Clause N" / N.M
# ---------------------------------------------------------------------------------------------------------------
H176E02 = """ORDER FORM No. PB-2025-CN-007
BarcaTix Ticketing Platform — Subscription and Set-up Services

BETWEEN:

PESSEGUEIRO BILHÉTICA, LDA., a private limited company incorporated in Portugal, with registered office at Ilha do Pessegueiro, Porto Covo, 7520-437 Sines, Portugal, legal person no. 516 204 882, represented by its manager, as First Contracting Party (the "Supplier");

AND

KUNSHAN ZHOUZHUANG WATER TOWN CANAL BOAT CO., LTD. (昆山周庄水乡游船有限公司), a company incorporated in the People's Republic of China, with registered office at 8 Quanfu Road, Zhouzhuang Town, Kunshan, Jiangsu Province, represented by its legal representative, as Second Contracting Party (the "Customer").

This Order Form, together with the General Terms set out below, forms the contract between the Supplier and the Customer (the "Contract"). If this Order Form and the General Terms conflict, this Order Form prevails.

A. ORDER DETAILS

A1. Services. The Supplier shall provide the BarcaTix cloud ticketing platform for the Customer's canal boat tours, comprising: (a) online ticket sales through the Customer's WeChat mini-program and official website; (b) sales at four ticket counters; (c) QR-code boarding validation at twelve boarding stations with an offline mode; (d) timed departure management and capacity control per boat; and (e) daily settlement and reconciliation reports for WeChat Pay and Alipay.

A2. Set-up Services. The Supplier shall configure fares, routes, timetables and boat capacities, integrate BarcaTix with the ticket gates of the Zhouzhuang scenic area and with the Customer's finance system, migrate the Customer's season-ticket holders, and train the Customer's staff.

A3. Subscription Term. Thirty-six (36) months from the Subscription Start Date, which is the date on which the Supplier gives the Customer access to the production environment for set-up.

A4. Fees (all amounts in Chinese yuan, CNY, at the Customer's request, including VAT):

  Platform base subscription .................... CNY 96,000 per year
  Mini-program sales channel ..................... CNY 28,000 per year
  Boarding stations (12 x CNY 2,000) ............. CNY 24,000 per year
  Annual Subscription Fee ........................ CNY 148,000 per year
  Subscription Fees for the Subscription Term .... CNY 444,000
  Set-up Fee (one-time) .......................... CNY 42,000
  Total Contract Value ........................... CNY 486,000

A5. Invoicing. The Set-up Fee and the first Annual Subscription Fee (together CNY 190,000) are invoiced on signature of this Order Form and are payable within fifteen (15) days of the invoice date and in any event before the Subscription Start Date. Each further Annual Subscription Fee is invoiced thirty (30) days before the anniversary of the Subscription Start Date and is payable in advance for the following year.

A6. Target Go-Live Date. Sixty (60) days after the Subscription Start Date.

A7. Hosting. The platform and all Customer Data are hosted in the Alibaba Cloud Shanghai region.

A8. Renewal. After the Subscription Term, the Contract renews automatically for successive one-year periods unless either party gives notice of non-renewal at least sixty (60) days before the end of the current period. The Annual Subscription Fee for any renewal period shall be the fee stated in A4 and shall not be increased unless the parties agree otherwise in writing.

Signed in two originals, one for each party.

For the Supplier: ______________________   For the Customer: ______________________
Date: ____________                         Date: ____________


B. GENERAL TERMS

Clause 1 — Definitions

1.1 "Customer Data" means all data entered into or generated by the platform for the Customer, including passenger names, mobile numbers, identity document numbers where required by law, ticket and payment records and boarding logs.

1.2 "Go-Live" means the date on which the Customer signs the Go-Live Acceptance Certificate under Clause 3.

1.3 "Incident" means a failure of the platform to operate in accordance with its documentation. A "Priority 1 Incident" is an Incident that prevents ticket sales or boarding validation at more than one boarding station.

Clause 2 — Provision of the Services

2.1 The Supplier grants the Customer and its staff a non-exclusive right to use the platform during the Subscription Term for the Customer's own business.

2.2 The Supplier shall provide the Set-up Services with due care and skill and in accordance with the project plan agreed at the kick-off meeting.

2.3 The Customer shall provide the information, test data and access to the scenic-area gate system that the Supplier reasonably requires.

Clause 3 — Go-Live Acceptance

3.1 When the Set-up Services are complete, the parties shall carry out the Go-Live acceptance tests set out in Schedule 2. The tests are passed if: (a) tickets can be sold and refunded through every sales channel listed in A1; (b) every boarding station validates QR codes online and, with the network disconnected, offline for at least eight hours and synchronises afterwards without loss; (c) the scenic-area gates accept BarcaTix tickets; (d) the daily settlement reports reconcile with the WeChat Pay and Alipay statements for seven consecutive days; and (e) all season-ticket holders have been migrated.

3.2 When the tests are passed, the Customer shall sign the Go-Live Acceptance Certificate within five (5) working days. Access to the production environment or the sale of tickets to the public before that signature does not constitute acceptance.

3.3 If Go-Live has not occurred by the Target Go-Live Date for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 500 for each calendar day of delay.

Clause 4 — Payment

4.1 Invoices are payable in CNY by bank transfer in accordance with A5.

4.2 If the Customer fails to pay an undisputed invoice within thirty (30) days after its due date, the Supplier may, after a further written notice of fifteen (15) days, suspend access to the platform until payment.

Clause 5 — Service Levels

5.1 The Supplier shall use its best endeavours to make the platform available 99.95% of each calendar month, excluding planned maintenance notified at least three (3) days in advance and carried out between 23:00 and 06:00 Beijing time.

5.2 The Supplier's support desk is available by telephone and e-mail from 07:00 to 22:00 Beijing time every day. The Supplier shall respond to a Priority 1 Incident within six (6) hours after it is reported and shall work continuously to restore the service; other Incidents are answered within two (2) working days.

5.3 The service levels in this Clause 5 are targets. A failure to meet them does not entitle the Customer to service credits, fee reductions, penalties or damages.

5.4 The Supplier shall publish a monthly availability report in the administration console.

Clause 6 — Intellectual Property

6.1 The platform, its software and documentation, and all improvements to them, belong to the Supplier.

6.2 The fare rules, route and timetable configurations, integration mappings and reports created specifically for the Customer belong to the Customer, which may use, modify and license them freely and hand them to any other provider at the end of the Contract.

Clause 7 — Customer Data and Data Protection

7.1 Customer Data belongs to the Customer. The Supplier processes Customer Data only on the Customer's instructions and only to provide the Services, and shall not use it for any other purpose, including analytics, benchmarking or marketing.

7.2 The Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, keep all Customer Data within mainland China, encrypt identity document numbers and payment references at rest and in transit, restrict access to named staff with multi-factor authentication, and keep access logs for at least one year.

7.3 The Supplier shall notify the Customer within twenty-four (24) hours after becoming aware of any personal information breach or other security incident affecting Customer Data, shall take all necessary remedial measures, and shall bear the losses and regulatory penalties caused by its breach of this Clause 7.

7.4 Within thirty (30) days after the end of the Contract, the Supplier shall return all Customer Data in CSV format and then delete it, and confirm the deletion in writing.

Clause 8 — Confidentiality

8.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of the Contract, and use it only for the purposes of the Contract. This Clause survives the end of the Contract for three (3) years.

Clause 9 — Liability

9.1 Each party's total liability under the Contract is limited to twice the Total Contract Value. This limit does not apply to breach of Clause 7, to wilful misconduct or gross negligence, or to personal injury.

9.2 Neither party is liable for loss of profit or indirect loss, except in the cases excluded from the limit in Clause 9.1.

Clause 10 — Subcontracting

10.1 The Supplier may use Alibaba Cloud as its hosting provider, as stated in A7. Any other subcontracting of the Services requires the Customer's prior written consent, and the Supplier remains responsible for any approved subcontractor.

Clause 11 — Term and Termination

11.1 The Contract runs for the Subscription Term and renews in accordance with A8.

11.2 Either party may terminate the Contract by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving written notice of the breach.

11.3 If the Customer terminates under Clause 11.2, the Supplier shall refund the prepaid Subscription Fees for the period after termination and shall provide the data return under Clause 7.4.

Clause 12 — Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effects.

Clause 13 — Governing Law and Disputes

13.1 At the Customer's request, the Contract is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with the Contract shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou in accordance with its rules in force at the time. The award is final and binding on both parties.

Clause 14 — Miscellaneous

14.1 Notices shall be given in writing by courier or e-mail to the addresses stated in the Order Form.

14.2 The Contract is made in English and Chinese; in case of conflict the Chinese version prevails.
"""

# ---------------------------------------------------------------------------------------------------------------
# h176e03 — Nan'ao spiny-lobster farm: water-quality sensors + maintenance; integrator on the Ile de Bendor (French
# style), buyer's paper; .pdf (wrap_words), "Article N" + N.M, compliant
# ---------------------------------------------------------------------------------------------------------------
H176E03 = """
T:WATER-QUALITY MONITORING SYSTEM: SUPPLY, INSTALLATION AND MAINTENANCE
P:Contract No. NALB-2025-EQ-009
P:BETWEEN THE UNDERSIGNED:
P:Shantou Nan'ao Blue Reef Aquaculture Co., Ltd. (汕头市南澳蓝礁水产养殖有限公司), a company incorporated in the People's Republic of China, whose registered office is at 19 Haibin Road, Houzhai Town, Nan'ao County, Shantou, Guangdong Province, represented by its legal representative, hereinafter referred to as "the Buyer",
P:AND:
P:Bendor Aquasystèmes SAS, a simplified joint-stock company under French law, whose registered office is at Île de Bendor, 83150 Bandol, France, registered with the Trade and Companies Register of Toulon, represented by its President, hereinafter referred to as "the Integrator",
P:hereinafter referred to together as "the Parties".
P:PREAMBLE
P:The Buyer farms spiny lobsters in sea cages and land-based recirculation ponds at Nan'ao Island. Following a consultation of three suppliers, the Buyer has selected the Integrator to supply and install a continuous water-quality monitoring system with alarms, and to maintain it. This Contract is drawn up on the Buyer's standard form. All prices are in Chinese yuan (CNY) at the Buyer's request.
P:IT HAS BEEN AGREED AS FOLLOWS:
H:Article 1 – Purpose
P:1.1 The Integrator shall supply, install, calibrate and commission twenty-four multiparameter monitoring buoys (dissolved oxygen, temperature, salinity, pH and ammonia nitrogen), six gateway units, the monitoring software and the alarm module, and shall train the Buyer's staff.
P:1.2 The technical specifications, the list of cages and ponds and the layout of the gateways are set out in Annex 1, which forms part of this Contract.
H:Article 2 – Price
P:2.1 The total price of this Contract is CNY 884,000 (the "Contract Price"), inclusive of VAT, transport to Nan'ao, customs clearance, insurance, installation, mooring, calibration, training and all services during the warranty period. It is broken down as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Multiparameter monitoring buoy|24|21,800|523,200
TB:Gateway unit (LoRa and 4G)|6|9,600|57,600
TB:Monitoring software, perpetual licence, server edition|1|168,000|168,000
TB:Alarm module (SMS and voice call)|1|24,000|24,000
TB:Subtotal equipment and licence|||772,800
TB:Installation, mooring and calibration|1|96,400|96,400
TB:Training|1|14,800|14,800
TB:Contract Price|||884,000
P:2.2 The Contract Price is firm and not subject to revision.
H:Article 3 – Terms of payment
P:3.1 An advance of 10% of the Contract Price (CNY 88,400) is paid within fifteen days of signature, against a bank advance-payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 486,200) is paid within fifteen days of the delivery and installation report signed by both Parties. That report records the quantities delivered and installed and is not an acceptance.
P:3.3 The balance of 35% (CNY 309,400) is paid within fifteen days of the final acceptance report.
H:Article 4 – Delivery and installation
P:4.1 The Integrator shall deliver all equipment to the Buyer's site at Houzhai within seventy-five days of signature and shall complete installation and commissioning within thirty days of delivery.
P:4.2 Installation in the sea cages shall be carried out at slack tide and in accordance with the Buyer's biosecurity rules. The Integrator shall bear the cost of any damage to cages, nets or stock caused by its staff.
P:4.3 The Integrator shall carry out the on-site work through its wholly owned subsidiary Bendor Aquasystems (Shenzhen) Co., Ltd., which the Buyer approves by signing this Contract.
H:Article 5 – Acceptance
P:5.1 After commissioning, the system shall operate for a trial period of thirty consecutive days.
P:5.2 Final acceptance is granted when, during the trial period: (a) the readings of each buoy for dissolved oxygen, temperature and salinity stay within the tolerances of Annex 1 when compared every week with calibrated hand-held reference instruments; (b) no buoy fails to report to the server for more than two consecutive hours; (c) every alarm test triggered by the Buyer reaches the duty staff by SMS and voice call within two minutes; and (d) the daily and monthly reports of Annex 1 are produced correctly.
P:5.3 When these criteria are met, the Parties sign the final acceptance report. Delivery, installation, commissioning or the use of the system by the Buyer do not constitute acceptance. If the criteria are not met, the Integrator shall remedy the defects within fifteen days and the trial period shall start again.
H:Article 6 – Warranty
P:6.1 The Integrator warrants the equipment and the software for twenty-four months from the date of the final acceptance report. During this period it shall repair or replace any defective part, including sensor heads, free of charge, and shall perform a calibration visit every quarter.
P:6.2 Incidents are classified as critical (the alarm chain or the server is out of service, or more than four buoys no longer report) and ordinary (any other fault). For a critical incident, the Integrator shall respond within one hour and be on site within twelve hours; for an ordinary incident, it shall respond within one working day and repair within five working days.
P:6.3 For each hour of delay beyond the response or on-site time for a critical incident, the Integrator shall pay the Buyer a penalty of CNY 600, which the Buyer may deduct from any amount due.
H:Article 7 – Maintenance after the warranty
P:7.1 After the warranty period, the Integrator shall provide maintenance under the same service levels, including quarterly calibration and the replacement of worn sensor membranes and electrolytes, for an annual fee of 11% of the subtotal for equipment and licence, being CNY 85,008 per year.
P:7.2 This fee is fixed for three years after the end of the warranty. Maintenance is ordered by the Buyer year by year in writing; there is no automatic renewal.
H:Article 8 – Intellectual property
P:8.1 The monitoring software remains the property of the Integrator, which grants the Buyer a perpetual licence to use it for the Buyer's farms.
P:8.2 The alarm thresholds, site configuration, dashboards and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely and entrust them to any third party.
H:Article 9 – Data and security
P:9.1 All water-quality readings, stock and feeding data, alarm logs and reports belong to the Buyer. The Integrator may use them only to perform this Contract and may not disclose, sell or reuse them in any form.
P:9.2 The server is installed on the Buyer's premises. The Integrator may access it remotely only after the Buyer's approval for each session, through an encrypted connection with individual accounts, and all access is logged. The Integrator shall not copy the Buyer's data outside the Buyer's systems.
P:9.3 In the event of a security incident, loss or unauthorised access affecting the Buyer's data, the Integrator shall inform the Buyer within twelve hours, take the necessary measures, and compensate the Buyer for the loss resulting from its failure to comply with this Article.
H:Article 10 – Confidentiality
P:10.1 Each Party shall keep strictly confidential the technical, commercial and financial information of the other Party obtained in connection with this Contract, in particular the Buyer's stocking densities, survival rates and sales data, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of the Contract.
H:Article 11 – Delay penalties
P:11.1 If the Integrator fails to complete delivery and installation within the periods of Article 4.1 for reasons attributable to it, it shall pay a penalty of 0.12% of the Contract Price per day of delay, capped at 10% of the Contract Price.
P:11.2 If the Buyer pays late, it shall pay interest at the loan prime rate published by the National Interbank Funding Center on the overdue amount.
H:Article 12 – Liability
P:12.1 The Integrator's total liability under this Contract is limited to 150% of the Contract Price. This limit does not apply to personal injury, gross negligence or wilful misconduct, or a breach of Article 9.
P:12.2 Loss of stock caused by a failure of the alarm chain that is attributable to the Integrator is direct damage.
H:Article 13 – Subcontracting
P:13.1 Apart from the subsidiary named in Article 4.3, the Integrator shall not subcontract any part of this Contract without the Buyer's prior written consent. The Integrator remains fully responsible for its subcontractors.
H:Article 14 – Termination
P:14.1 The Buyer may terminate this Contract by registered letter if the Integrator fails to perform a material obligation and does not remedy the failure within twenty days of a formal notice, or if the delay penalties reach their cap. The Integrator shall then refund the amounts paid for equipment that is not accepted.
H:Article 15 – Force majeure
P:15.1 Neither Party is liable for a failure caused by force majeure, including typhoons, provided that it notifies the other Party within three days.
H:Article 16 – Applicable law and disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute that cannot be settled amicably within thirty days shall be submitted to the Shantou Arbitration Commission for arbitration in Shantou. The award is final.
H:Article 17 – Miscellaneous
P:17.1 This Contract enters into force on the date of its signature by both Parties. It is made in English and Chinese, both versions being equally authentic.
P:Done at Nan'ao, in two original copies.
P:For the Buyer: ____________________          For the Integrator: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h176e04 — Hefei battery start-up: managed IT + desktop support; provider on Berneray (Scottish style); .md,
# "N. HEADING" + N.M; one low finding (arbitration seated in Edinburgh)
# ---------------------------------------------------------------------------------------------------------------
H176E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

(1) **BERNERAY MANAGED SERVICES LIMITED**, a company incorporated in Scotland (Registered Number SC712345) and having its Registered Office at Borgh, Isle of Berneray, Outer Hebrides, HS6 5BJ, Scotland (the "Provider"); and

(2) **HEFEI QINGYUAN BATTERY TECHNOLOGY CO., LTD.** (合肥清源电池科技有限公司), a company incorporated in the People's Republic of China with its registered office at Building 7, 2800 Chuangxin Avenue, High-tech Zone, Hefei, Anhui Province (the "Customer").

**WHEREAS**

(A) The Customer develops and pilots sodium-ion battery cells and wishes to outsource the day-to-day management of its IT environment and the support of its staff; and

(B) The Provider provides managed IT services and delivers on-site services in mainland China through its wholly owned subsidiary.

**NOW THEREFORE the parties agree as follows:**

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Charges" means the charges set out in Clause 4; "Customer Data" means all data, documents and records of the Customer that the Provider accesses, stores or processes, including research and test data, formulations, drawings and personal information of the Customer's staff; "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Clause 3; "Services" means the services described in Schedule 1; "Service Levels" means the levels set out in Clause 5.

1.2 Headings are for convenience only. References to Clauses and Schedules are to those of this Agreement.

## 2. SERVICES AND TERM

2.1 The Provider shall provide the Services from the Service Commencement Date for a term of twenty-four (24) months. The Services comprise: (a) a bilingual service desk for 180 users, available from 07:30 to 21:00 China Standard Time on working days and by on-call engineer at all other times; (b) desktop and device support for 180 users, including laptops, printers and the meeting rooms, with two engineers on site at the Customer's Hefei premises; (c) monitoring and management of the Customer's servers, storage, backup, firewall, switches and Wi-Fi; and (d) patching, antivirus and endpoint management.

2.2 The Agreement does not renew automatically. Any extension shall be agreed in writing by both parties, including the charges for the extended period.

2.3 The Provider shall perform the on-site Services through its wholly owned subsidiary Berneray IT Services (Hefei) Co., Ltd., which the Customer approves by signing this Agreement.

## 3. TRANSITION AND SERVICE COMMENCEMENT

3.1 The Provider shall complete the transition within forty-five (45) days after the date of this Agreement. The transition includes the taking over of the asset inventory, the installation of monitoring agents, the documentation of the network and the handover from the Customer's current supplier.

3.2 The Service Commencement Certificate shall be signed by the Customer when: (a) the asset inventory has been reconciled with a physical check of all devices; (b) monitoring covers every server, storage system, firewall and switch listed in Schedule 2; (c) a full restore of one file server and one database from backup has been tested successfully; and (d) the service desk has handled the Customer's tickets for a parallel run of ten (10) working days without a Priority 1 incident being missed.

3.3 The start of work by the Provider's engineers on site does not constitute acceptance of the transition.

3.4 If the Service Commencement Date does not occur within the period in Clause 3.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 4. CHARGES AND PAYMENT

4.1 At the Customer's request, all Charges are in Chinese yuan (CNY) and include VAT.

| Charge | Basis | Monthly (CNY) | Total for the term (CNY) |
|---|---|---|---|
| Desktop and device support | 180 users x CNY 260 | 46,800 | 1,123,200 |
| Server, storage and network management | fixed | 18,500 | 444,000 |
| Service desk | fixed | 12,000 | 288,000 |
| Monthly Charges | | 77,300 | 1,855,200 |
| Transition Charge | one-time | | 58,000 |
| Total Charges | | | 1,913,200 |

4.2 The Transition Charge is invoiced after the Service Commencement Certificate has been signed. The Monthly Charges are invoiced monthly in arrears. Invoices are payable within thirty (30) days. No amount is payable in advance.

4.3 The per-user charge is adjusted monthly for changes of more than ten users, at CNY 260 per user per month.

## 5. SERVICE LEVELS

5.1 Availability of the Customer's core network, firewall and managed servers shall be at least 99.95% in each calendar month, excluding maintenance windows agreed with the Customer.

5.2 Incidents are handled as follows: Priority 1 (a site-wide outage, or the laboratory data systems unavailable) — response within thirty (30) minutes, restoration within six (6) hours; Priority 2 (a group of users or a single critical system affected) — response within one (1) hour, restoration within one (1) working day; Priority 3 (a single user) — response within two (2) working hours, resolution within three (3) working days.

5.3 If the Provider fails to meet a Service Level in a month, the Customer is entitled to a service credit of 5% of the Monthly Charges for each Priority 1 target missed and 2% for each month in which the availability target is missed, up to 25% of the Monthly Charges for that month. Service credits are deducted from the next invoice and are without prejudice to the Customer's other rights.

5.4 The Provider shall deliver a monthly service report and attend a monthly service review with the Customer.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall access and process Customer Data only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 Customer Data shall remain on the Customer's systems in mainland China. The Provider shall use named administrator accounts with multi-factor authentication, shall not copy Customer Data to its own systems or outside mainland China, shall comply with the Data Security Law and the Personal Information Protection Law, and shall keep its staff trained and vetted.

6.3 The Provider shall notify the Customer without delay, and in any event within twelve (12) hours, after becoming aware of a security incident affecting Customer Data or the Customer's systems, shall contain and remedy it at its own cost, and shall be liable for the losses caused by its breach of this Clause 6.

6.4 On expiry or termination, the Provider shall hand over all credentials, documentation and Customer Data in its possession and delete any remaining copies.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all information of the other party that it receives under or in connection with this Agreement, including the Customer's research results and product plans, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law. This Clause continues to apply for five (5) years after the end of this Agreement.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider's tools, monitoring software and methods remain the property of the Provider.

8.2 All runbooks, network documentation, scripts, configurations and reports prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely and provide them to any successor provider.

## 9. LIABILITY

9.1 Each party's total aggregate liability under or in connection with this Agreement shall not exceed 150% of the Total Charges.

9.2 The limit in Clause 9.1 does not apply to death or personal injury caused by negligence, fraud, wilful misconduct, or a breach of Clause 6 or Clause 7.

9.3 Neither party shall be liable for indirect or consequential loss.

## 10. SUBCONTRACTING

10.1 Apart from the subsidiary named in Clause 2.3, the Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for the acts and omissions of its subcontractors as if they were its own.

## 11. TERMINATION

11.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is not remedied within thirty (30) days after written notice requiring it to be remedied.

11.2 The Customer may also terminate this Agreement by written notice if the Priority 1 target is missed in any three months within a period of six months.

11.3 On termination the Provider shall give all reasonable assistance for an orderly transfer of the Services to the Customer or a successor provider for up to sixty (60) days, at the rates in Clause 4.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the Scottish Arbitration Rules. The seat of the arbitration shall be Edinburgh, Scotland, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.

## 13. GENERAL

13.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter. Any variation must be in writing and signed by both parties.

13.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses set out above.

**IN WITNESS WHEREOF** these presents, consisting of this and the preceding pages together with Schedules 1 and 2, are executed as follows:

Subscribed for and on behalf of Berneray Managed Services Limited at Borgh, Isle of Berneray, on ____________ 2025, by ____________________, Director, before this witness: ____________________

Subscribed for and on behalf of Hefei Qingyuan Battery Technology Co., Ltd. at Hefei on ____________ 2025, by ____________________, Legal Representative

Schedule 1 — Service Description. Schedule 2 — Managed Devices.
"""

# ---------------------------------------------------------------------------------------------------------------
# h176e05 — Chongzuo cane-sugar exporter: export-quota API subscription + integration; vendor on Tiengemeten
# (Dutch style); .txt, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H176E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
QuotaLens Export-Quota Data API

Agreement reference: TTD-2025-0412

The undersigned:

1. Tiengemeten Trade Data B.V., a private limited liability company with its registered office on the island of Tiengemeten, municipality of Hoeksche Waard, the Netherlands, address Weeskinderendijk 5, 3295 LL 's-Gravendeel (Tiengemeten), Chamber of Commerce number 80456123, legally represented by its director (the "Vendor");

2. Guangxi Chongzuo Ganfeng Sugar Industry Co., Ltd. (广西崇左甘丰糖业有限公司), a company incorporated in the People's Republic of China, with its registered office at 128 Jiangnan Road, Jiangzhou District, Chongzuo, Guangxi Zhuang Autonomous Region, legally represented by its legal representative (the "Customer");

taking into account that:

- the Vendor operates QuotaLens, a data service that collects and publishes, through an application programming interface (API), the status of tariff-rate quotas and export quotas for sugar and sugar products in destination markets, including quota volumes, fill rates, licence requirements and allocation rounds;
- the Customer produces and exports raw and refined cane sugar and wishes to use QuotaLens in its export planning and to connect it to its ERP system and its customs-declaration software;
- at the Customer's request, all amounts in this Agreement are stated and paid in Chinese yuan (CNY);

have agreed as follows:

§ 1 Definitions

(1) "API" means the QuotaLens application programming interface, version 3, and its documentation.
(2) "Subscription" means the right to call the API under the Professional plan described in Annex 1.
(3) "Integration Services" means the work described in § 4 to connect the API to the Customer's systems.
(4) "Integration Deliverables" means the connectors, data mappings, transformation scripts, dashboards and documentation produced by the Vendor in the course of the Integration Services.
(5) "Customer Data" means the shipment plans, sales contracts, customs declarations, quota applications and other data that the Customer transmits to or stores in the service, and the results of queries made with them.

§ 2 Subject of the Agreement

(1) The Vendor grants the Customer a Subscription for the Subscription Term and performs the Integration Services.
(2) The Subscription covers up to 200,000 API calls per month, ten named user accounts for the web console, daily quota fill-rate updates for 46 destination markets and alerts when a quota reaches a fill level chosen by the Customer.

§ 3 Term and renewal

(1) The Subscription Term is thirty-six (36) months from the date of Integration Acceptance under § 5.
(2) The Subscription does not renew automatically. A renewal requires a written order from the Customer and written agreement on the fees for the renewal period.

§ 4 Integration Services

(1) The Vendor shall, within seventy-five (75) days after signature: (a) build a connector that loads quota data from the API into the Customer's ERP system every hour; (b) map the Customer's product codes and destination markets to the QuotaLens classification; (c) build a connector that checks every draft customs declaration for sugar exports against the applicable quota and licence requirement before submission; and (d) set up a management dashboard of quota positions per market.
(2) The Customer shall give the Vendor access to test environments of its ERP system and customs-declaration software and shall appoint a project lead.
(3) If the Vendor fails to complete the Integration Services within the period in paragraph (1) for reasons attributable to it, the Vendor shall pay the Customer a penalty of 0.5% of the Total Contract Value for each full week of delay, up to a maximum of 8% of the Total Contract Value.

§ 5 Integration Acceptance

(1) The Customer shall test the Integration Deliverables in accordance with the acceptance plan in Annex 2.
(2) Integration Acceptance is given in writing when: (a) the ERP connector has loaded quota data every hour for fourteen consecutive days without an unexplained gap; (b) the quota data in the ERP system match the API for a sample of 300 records; (c) the customs-declaration check has correctly flagged all test cases in Annex 2, including expired licences and exhausted quotas; and (d) the dashboard shows every market in the Customer's export plan.
(3) Use of the API or of the Integration Deliverables in the Customer's operations before the written acceptance does not constitute acceptance.

§ 6 Fees and payment

(1) The fees are:
    Professional plan subscription: CNY 118,000 per year, CNY 354,000 for the Subscription Term;
    Integration Services: CNY 156,000, one-time;
    Total Contract Value: CNY 510,000, including VAT.
(2) The subscription fee is invoiced quarterly in arrears, at CNY 29,500 per quarter. The Integration Services fee is invoiced in full after Integration Acceptance. No payment is due before the Integration Acceptance.
(3) Invoices are payable within thirty (30) days of receipt by bank transfer in CNY.

§ 7 Service levels

(1) The Vendor shall ensure that the API is available at least 99.98% of each calendar month, measured at the Vendor's API gateway, excluding maintenance announced at least five working days in advance.
(2) Priority 1 incidents (the API or the console is unavailable, or quota data are more than twenty-four hours old) are responded to within thirty (30) minutes, at any time, and restored within three (3) hours. Priority 2 incidents (degraded performance or a single market not updated) are responded to within two (2) hours on working days and restored within one working day.
(3) If the availability in a month falls below the level in paragraph (1), the Customer receives a service credit of 10% of the monthly subscription fee, and of 25% if the availability falls below 99.5%. For each hour by which the restoration time for a Priority 1 incident is exceeded, the Customer receives a further credit of 2% of the monthly subscription fee. Credits are set off against the next invoice.
(4) The Vendor publishes the measured availability and all Priority 1 incidents in the console every month.

§ 8 Intellectual property

(1) The API, the QuotaLens database and all software of the Vendor remain the property of the Vendor.
(2) The Integration Deliverables, including the connectors, mappings and scripts made specifically for the Customer, are and remain the property of the Vendor. The Vendor grants the Customer a non-exclusive, non-transferable right to use the Integration Deliverables for its own business during the Subscription Term. The Customer may not modify the Integration Deliverables, have them modified by third parties or use them after the end of the Subscription Term.

§ 9 Customer Data and data protection

(1) Customer Data belongs to the Customer. The Vendor processes Customer Data only to provide the Subscription and the Integration Services and does not use it for any other purpose.
(2) Customer Data is stored and processed only on servers in mainland China, operated for the Vendor by Alibaba Cloud in the Shenzhen region. The Vendor shall encrypt Customer Data in transit and at rest, give access only to named employees who need it for their work, use multi-factor authentication for all administrative access and keep access logs for at least one year.
(3) The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
(4) The Vendor shall notify the Customer within twenty-four (24) hours after discovering any unauthorised access to, or loss or alteration of, Customer Data, shall take all measures needed to limit the consequences, and is liable to the Customer for the damage caused by its failure to comply with this § 9.
(5) At the end of the Agreement the Vendor shall return the Customer Data in a common format within thirty (30) days and then delete it.

§ 10 Liability

(1) The total liability of the Vendor under or in connection with this Agreement is limited to 120% of the Total Contract Value.
(2) This limitation does not apply to damage caused by intent or gross negligence of the Vendor or to a breach of § 9.
(3) The Vendor does not guarantee that the quota data published by the authorities of the destination markets are complete, but shall correct errors in its own processing without delay after notice.

§ 11 Subcontracting

(1) Apart from the hosting provider named in § 9 (2), the Vendor may engage subcontractors only with the Customer's prior written consent. The Vendor remains responsible for its subcontractors.

§ 12 Termination

(1) Either party may terminate this Agreement by registered letter or e-mail if the other party fails to perform a material obligation and does not remedy the failure within thirty (30) days after written notice of default.
(2) The Customer may also terminate the Subscription if the availability falls below 99.5% in two consecutive months. Fees paid for the period after termination are refunded.

§ 13 Applicable law and disputes

(1) At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
(2) Disputes arising from this Agreement shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning in accordance with its rules. The award is final and binding.

§ 14 Final provisions

(1) Annex 1 (Professional plan) and Annex 2 (acceptance plan) form part of this Agreement.
(2) Amendments and additions are only valid if agreed in writing.
(3) If a provision of this Agreement is invalid, the parties shall replace it with a valid provision that comes as close as possible to its purpose; the other provisions remain in force.

Agreed and signed in two copies,

Tiengemeten Trade Data B.V.                Guangxi Chongzuo Ganfeng Sugar Industry Co., Ltd.
Tiengemeten, date: ____________            Chongzuo, date: ____________
____________________                       ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# files
# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h176z01": H176Z01, "h176z02": H176Z02, "h176z03": H176Z03, "h176z04": H176Z04, "h176z05": H176Z05,
           "h176e01": H176E01, "h176e02": H176E02, "h176e03": H176E03, "h176e04": H176E04, "h176e05": H176E05}
FILES = {"h176z01": ("h176z01_port_authority_waterway_sensing_system.docx", "docx"),
         "h176z02": ("h176z02_corrugated_board_inline_inspection_maintenance.pdf", "pdf"),
         "h176z03": ("h176z03_homestay_group_pms_saas.md", "md"),
         "h176z04": ("h176z04_urban_enforcement_offsite_system_om.txt", "txt"),
         "h176z05": ("h176z05_vermicelli_factory_erp_supplier_template.md", "md"),
         "h176e01": ("h176e01_handbag_nesting_licence_dutch_vendor.docx", "docx"),
         "h176e02": ("h176e02_canal_boat_ticketing_saas_order_form.txt", "txt"),
         "h176e03": ("h176e03_lobster_farm_water_quality_sensors.pdf", "pdf"),
         "h176e04": ("h176e04_battery_startup_managed_it_services.md", "md"),
         "h176e05": ("h176e05_sugar_exporter_quota_api_subscription.txt", "txt")}
TARGETS = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = Document(str(path))
        out = []
        for el in doc.element.body.iterchildren():
            if el.tag.endswith("}p"):
                out.append(Paragraph(el, doc).text)
            elif el.tag.endswith("}tbl"):
                for row in Table(el, doc).rows:
                    out.append("\t".join(c.text for c in row.cells))
        return "\n".join(out)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# values that would sit exactly on a policy threshold (policy.md section 3 and section 4)
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30\s*%", r"百分之三十", r"thirty\s+per\s*cent", r"(?<![\d.])30\s+per\s*cent",        # prepayment 30 %
    r"(?<![\d.])4\s*(?:个)?小时", r"四(?:个)?小时", r"(?<![\w-])four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h)\b",                                                          # P1 response 4 h
    r"99\.9(?!\d)\s*%", r"99\.90\s*%",                                                              # availability 99.9 %
    r"(?<![\d.])0\.05\s*%", r"万分之五(?!十)", r"0\.5\s*‰",                                          # LD 0.05 %/day
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen\s+per\s*cent",                                    # post-warranty 15 %
    r"(?<![\d.])100\s*%", r"百分之百", r"hundred\s+per\s*cent",                                     # liability cap 100 %
    r"(?<![\d.])12\s*(?:个)?月", r"十二个月", r"(?<![\w-])twelve\s*(?:\(12\)\s*)?months?",
    r"(?<![\d.])12\s*months?", r"质保期?为?一年", r"warranty[^.]{0,40}one year",                      # warranty 12 months
    r"(?<![\d.])40\s*%", r"百分之四十", r"forty\s+per\s*cent",                                       # TCO share 40 %
]


def scan(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        for m in re.finditer(pat, text, flags=re.I):
            hits.append((pat, text[max(0, m.start() - 25):m.end() + 25].replace("\n", " ")))
    return hits


def build_files():
    for key, (name, kind) in FILES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write({k: SOURCES[k] for k in TARGETS}, TARGETS, OUT, wrap_words=True)


def check_texts():
    lengths = {}
    for key, (name, kind) in FILES.items():
        text = read_back(OUT / name)
        zh = key.startswith("h176z")
        n_chars, n_nows = len(text), len(re.sub(r"\s", "", text))
        n_words = len(text.split())
        lengths[key] = (n_chars, n_nows, n_words)
        hits = scan(text)
        print(f"{name}: {n_chars} chars, {n_nows} non-space chars, {n_words} words; threshold hits: {len(hits)}")
        for pat, ctx in hits:
            print("   ", pat, "|", ctx)
    return lengths


# ---------------------------------------------------------------------------------------------------------------
# labels: price sums, numbers, TCO, and the policy rules re-applied to each label's terms
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def tco(contract_value, warranty_months, annual_fee, horizon=5):
    """policy section 4: purchase + implementation (= the contract value here) + post-warranty fees over the horizon,
    warranty starting at acceptance = start of the horizon, a partial year pro rata; no operating cost stated."""
    post_years = max(0.0, horizon - warranty_months / 12)
    fees = post_years * annual_fee
    total = contract_value + fees
    return total, fees / total * 100, post_years


def apply_rules(t, x, forum_outside_mainland=False, tco_share=None):
    """policy.md section 3 as I read it, on a label's terms (t) and extras (x)."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside_mainland:
        r.add("CR-GOVERNING-LAW")
    if goods and tco_share is not None and tco_share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def terms(**kw):
    assert set(kw) == set(TERM_KEYS), set(TERM_KEYS) ^ set(kw)
    return {k: kw[k] for k in TERM_KEYS}


def make_labels():
    L = {}

    # z01 港航 — compliant
    hw = [42 * 38600, 12 * 56000, 4 * 78500, 8 * 33500, 12 * 24800, 486000]
    assert hw == [1621200, 672000, 314000, 268000, 297600, 486000]
    sub = sum(hw)
    assert sub == 3658800
    cv = sub + 528000 + 412400 + 36000
    assert cv == 4635200
    assert [cv * p // 100 for p in (20, 45, 35)] == [927040, 2085840, 1622320] and 927040 + 2085840 + 1622320 == cv
    fee = sub * 8 / 100
    assert fee == 292704
    total, share, _ = tco(cv, 36, fee)
    L["h176z01"] = dict(category="hardware", cv=cv, tco=(total, share), planned=[], t=terms(
        availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=6 / 100, liability_cap_pct=None,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=36,
        post_warranty_fee_pct=8, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
        x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False))

    # z02 瓦楞纸板 — post-warranty fee above 15 % and TCO share above 40 %
    hw = [672000, 193000, 148000, 86000, 187000]
    sub = sum(hw)
    assert sub == 1286000
    cv = sub + 98000 + 20000 + 16000
    assert cv == 1420000
    pays = [284000, 710000, 355000, 71000]
    assert pays == [cv * p // 100 for p in (20, 50, 25, 5)] and sum(pays) == cv
    fee = 318000
    total, share, _ = tco(cv, 18, fee)
    assert total == 2533000
    L["h176z02"] = dict(category="hardware", cv=cv, tco=(total, share),
                        planned=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"], t=terms(
        availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=8 / 100, liability_cap_pct=None,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=18,
        post_warranty_fee_pct=fee / sub * 100, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
        x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False))

    # z03 民宿 SaaS — auto-renewal at list price, de-identified reuse, 99.5 %
    annual = 26 * 4800 + 36000
    assert annual == 160800 and annual / 4 == 40200
    cv = 3 * annual + 68000
    assert cv == 550400
    L["h176z03"] = dict(category="cloud", cv=cv, tco=None,
                        planned=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], t=terms(
        availability_pct=99.5, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=7 / 100, liability_cap_pct=150,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
        x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False))

    # z04 城管 O&M — 300 元/日 delay rate, subcontracting on notice
    cv = 152 * 1850 + 126000 + 2 * 138000 + 94800
    assert 152 * 1850 == 281200 and cv == 778000 and cv / 4 == 194500
    L["h176z04"] = dict(category="services", cv=cv, tco=None, planned=["CR-LD-LOW", "CR-SUBCONTRACT"], t=terms(
        availability_pct=99.98, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=300 / cv * 100, liability_cap_pct=None,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=True, governing_law="PRC", contract_kind="service"),
        x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False))

    # z05 红薯粉 ERP — supplier's template, ten findings
    cv = 286000 + 214000 + 72000
    assert cv == 572000
    pays = [286000, 257400, 28600]
    assert pays == [cv * p // 100 for p in (50, 45, 5)] and sum(pays) == cv
    L["h176z05"] = dict(category="software", cv=cv, tco=None, planned=[
        "CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], t=terms(
        availability_pct=None, p1_response_hours=24, sla_remedy=False, ip_owner="supplier", data_security_clause=True,
        buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1 / 7, liability_cap_pct=25,
        prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
        x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True))

    # e01 nesting licence — Dutch law / Amsterdam court, cap 35 %, three-month warranty
    lic = 6 * 58000 + 2 * 46500
    assert lic == 441000
    cv = lic + 126000 + 18000
    assert cv == 585000
    pays = [117000, 263250, 204750]
    assert pays == [cv * p / 100 for p in (20, 45, 35)] and sum(pays) == cv
    fee = lic * 13 / 100
    assert fee == 57330
    total, share, _ = tco(cv, 3, fee)
    L["h176e01"] = dict(category="software", cv=cv, tco=(total, share), forum=True,
                        planned=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"], t=terms(
        availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=400 / cv * 100, liability_cap_pct=35,
        prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=3,
        post_warranty_fee_pct=13, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="Netherlands", contract_kind="goods_or_licence"),
        x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False))

    # e02 canal-boat ticketing SaaS — first invoice before start, no credits, P1 six hours
    annual = 96000 + 28000 + 12 * 2000
    assert annual == 148000
    cv = 3 * annual + 42000
    assert cv == 486000
    first = 42000 + annual
    assert first == 190000
    L["h176e02"] = dict(category="cloud", cv=cv, tco=None,
                        planned=["CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"], t=terms(
        availability_pct=99.95, p1_response_hours=6, sla_remedy=False, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=500 / cv * 100, liability_cap_pct=200,
        prepayment_pct=first / cv * 100, acceptance_clause=True, final_payment_on_acceptance=None,
        warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
        termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
        contract_kind="service"),
        x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False))

    # e03 lobster-farm sensors — compliant
    hw = [24 * 21800, 6 * 9600, 168000, 24000]
    assert hw == [523200, 57600, 168000, 24000]
    sub = sum(hw)
    assert sub == 772800
    cv = sub + 96400 + 14800
    assert cv == 884000
    pays = [88400, 486200, 309400]
    assert pays == [cv * p // 100 for p in (10, 55, 35)] and sum(pays) == cv
    fee = sub * 11 / 100
    assert fee == 85008
    total, share, _ = tco(cv, 24, fee)
    L["h176e03"] = dict(category="hardware", cv=cv, tco=(total, share), planned=[], t=terms(
        availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.12, liability_cap_pct=150,
        prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=24,
        post_warranty_fee_pct=11, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence"),
        x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False))

    # e04 managed IT — PRC law, arbitration seated in Edinburgh: one low finding
    monthly = 180 * 260 + 18500 + 12000
    assert 180 * 260 == 46800 and monthly == 77300
    assert [46800 * 24, 18500 * 24, 12000 * 24] == [1123200, 444000, 288000]
    cv = 24 * monthly + 58000
    assert 24 * monthly == 1855200 and cv == 1913200
    L["h176e04"] = dict(category="services", cv=cv, tco=None, forum=True, planned=["CR-GOVERNING-LAW"], t=terms(
        availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
        buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=1200 / cv * 100, liability_cap_pct=150,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
        x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False))

    # e05 export-quota API — connectors stay the vendor's, no confidentiality clause
    cv = 3 * 118000 + 156000
    assert 3 * 118000 == 354000 and cv == 510000 and 118000 / 4 == 29500
    L["h176e05"] = dict(category="cloud", cv=cv, tco=None, planned=["CR-CONFIDENTIALITY", "CR-IP-OWNERSHIP"], t=terms(
        availability_pct=99.98, p1_response_hours=0.5, sla_remedy=True, ip_owner="supplier", data_security_clause=True,
        buyer_owns_data=True, confidentiality=False, ld_rate_per_day_pct=0.5 / 7, liability_cap_pct=120,
        prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
        post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
        subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
        x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False))

    for key, lab in L.items():
        name = FILES[key][0]
        t, x = lab["t"], dict(lab["x"])
        goods = t["contract_kind"] == "goods_or_licence"
        assert ("post_warranty_fee_capped" in x) == goods
        if not goods:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        x["contract_value"] = lab["cv"]
        share = lab["tco"][1] if lab["tco"] else None
        rules = apply_rules(t, x, lab.get("forum", False), share)
        assert rules == sorted(lab["planned"]), (key, rules, lab["planned"])
        label = {"file": name, "language": "zh" if key.startswith("h176z") else "en", "category": lab["category"],
                 "expected_terms": t, "expected_extra": x, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        tco_txt = "" if not lab["tco"] else f"; TCO {lab['tco'][0]:,.2f}, post-warranty share {lab['tco'][1]:.2f} %"
        print(f"{name}: value {lab['cv']:,}; rules {rules or '(none)'}{tco_txt}")


if __name__ == "__main__":
    build_files()
    check_texts()
    make_labels()
