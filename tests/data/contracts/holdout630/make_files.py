"""holdout630: builds the ten held-out draft contracts (.txt/.md written as is, .docx/.pdf through ../word_pdf.py),
writes their .json labels, derives each draft's rules from its labels (own reading of policy §3), compares them with
the design list and asserts lengths, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:测绘成果管理平台建设项目合同（政府采购）
P:合同编号：CHCG-2025-0617
P:甲方（采购人）：某省测绘地理信息局
P:乙方（供应商）：北京图衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就测绘成果管理平台建设项目（以下简称“本项目”）达成如下合同条款，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供测绘成果管理平台软件许可（永久许可，不限用户数），并完成定制开发、历史成果数据迁移建库、部署实施及培训。
P:1.2 定制开发内容包括：测绘成果目录与元数据管理、成果分发审批流程、涉密成果使用登记、与省级地理信息公共服务平台及自然资源一张图的接口、统计分析驾驶舱。详细功能以附件一《需求规格说明书》为准。
P:1.3 平台部署于甲方涉密内网，乙方负责与甲方现有的身份认证、电子签章及安全审计系统对接。
P:1.4 数据迁移范围为甲方现存的基础测绘成果、航空航天影像、数字高程模型及历年项目成果档案，迁移后须完整、可检索、可追溯。
H:第二条 合同价款
P:2.1 本合同总价为人民币2,198,000元（大写：贰佰壹拾玖万捌仟元整），含税，为固定总价，包括：平台软件许可费1,160,000元；定制开发费734,000元；数据迁移及建库费218,000元；部署实施及培训费86,000元。
P:2.2 除本合同另有约定外，甲方无须就本项目另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即439,600元。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即989,100元。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%，即769,300元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政国库集中支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百五十日内完成全部开发、迁移与部署，并提交初步验收申请。
P:4.2 乙方应按甲方确认的实施计划推进，每两周提交一次进度报告，并参加甲方组织的项目例会。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有同类项目经验并常驻甲方现场，未经甲方书面同意不得更换。
P:4.4 乙方应对甲方系统管理员及业务人员进行培训，培训内容包括平台操作、成果分发审批、日常运维及应急处置，培训课时不少于六十学时，并提交培训教材及操作手册。
P:4.5 交付物包括：安装介质及许可证书、源代码、数据库设计说明、接口说明、部署文档、测试报告、用户手册、运维手册及数据迁移报告。
H:第五条 验收
P:5.1 初步验收标准：（一）需求规格说明书所列功能逐项测试通过；（二）迁移数据与原始成果逐一比对，数量一致、属性完整、坐标系统正确；（三）200个并发用户下常规查询响应时间不超过3秒；（四）通过甲方委托的第三方软件测评及网络安全测评。
P:5.2 初步验收后系统试运行九十日，期间无一级故障且接口运行稳定的，甲方组织最终验收。
P:5.3 系统上线、试运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要继续维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过104,400元，该标准在质保期满后三年内保持不变。维护合同须经双方另行书面签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护经甲方书面同意的除外）。
P:7.2 故障分级响应：一级故障（平台无法访问或成果分发中断）30分钟内响应、2小时内到达现场；二级故障2小时内响应；三级故障下一个工作日内处理。
P:7.3 乙方未达到上述要求的，每超时一小时扣减维护保证金500元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
P:7.4 质保期内乙方每季度进行一次现场巡检（巡检计划提前五个工作日报甲方确认），检查服务器、数据库及接口运行状况，提交巡检报告和优化建议；遇重大活动或测绘成果集中分发期间，乙方应按甲方要求安排专人现场值守。
H:（五）乙方驻场人员应签署甲方制定的信息安全承诺书，离场时交回全部账号、门禁卡及资料，由甲方确认后注销相关权限。

第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的程序、接口、源代码、数据库设计及技术文档的知识产权归甲方所有，乙方应在最终验收时交付完整源代码。甲方有权自行或委托第三方使用、修改。
H:第九条 数据安全
P:9.1 本项目涉及的全部测绘成果数据及平台运行数据均属于甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应严格执行测绘成果保密管理规定，仅在甲方涉密机房内作业，通过堡垒机访问，不得将任何数据拷贝、带离或上传至外部网络。
P:9.3 发生或可能发生数据泄露、篡改的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
P:9.4 合同终止或维护服务结束时，乙方应将其持有的全部甲方数据及介质移交甲方或在甲方监督下销毁，并出具书面确认。
H:第十条 保密
P:10.1 乙方及其人员对在履行本合同中知悉的甲方工作秘密、技术资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过六十日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:16.1 本合同自双方签字盖章之日起生效。附件一《需求规格说明书》、招标文件、投标文件及中标通知书为本合同组成部分。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.3 本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:甲方（盖章）：______________    乙方（盖章）：______________
P:签订日期：2025年____月____日
"""

Z02 = """T:磨削生产线控制系统改造及维保合同
P:合同编号：ZC-WX-2025-083
P:甲方：无锡某轴承有限公司
P:乙方：常州精控自动化工程有限公司
P:甲方拟对其二车间三条套圈磨削生产线（内圈沟道磨、外圈沟道磨、内径磨）的电气控制系统进行改造，乙方具备相应的设计、供货、安装调试及维保能力。双方经协商，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责三条磨削生产线控制系统的方案设计、设备及软件供货、安装接线、调试、在线测量闭环控制、与甲方MES系统的数据接口开发、人员培训及质保期后的维保服务。
P:1.2 改造后每条产线应实现自动上下料、砂轮修整补偿、尺寸在线测量与自动补偿、设备状态及质量数据实时上传。
P:1.3 改造须利用甲方年度检修停产窗口完成，单条产线停机时间不超过二十日。乙方应按甲方生产计划分批改造，确保其余产线正常生产，不得影响甲方对主要客户的按期供货。
H:第二条 合同价格
P:2.1 合同总价为人民币1,636,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及伺服驱动系统|3套|612,000
TB:2|在线主动测量仪及测头|6套|348,000
TB:3|工控机、触摸屏HMI及网络设备|3套|126,000
TB:4|磨削控制及工艺参数管理软件许可（永久）|3套|214,000
TB:|设备及软件小计||1,300,000
TB:5|安装接线及联机调试|1项|168,000
TB:6|MES数据接口及工艺配方定制开发|1项|142,000
TB:7|操作及维修人员培训|1项|26,000
TB:|合计||1,636,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即327,200元。
P:3.2 设备全部到货并经甲方开箱清点签收后，甲方支付合同总价的35%，即572,600元。到货签收仅为数量确认，不视为验收。
P:3.3 三条产线全部通过最终验收后，甲方支付合同总价的45%，即736,200元。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后七十五日内将全部设备运至甲方二车间。
P:4.2 乙方应在甲方停产窗口内逐线完成安装调试，每条产线改造完成后连续试生产十个工作日。
P:4.3 乙方施工人员进入甲方厂区应遵守甲方安全生产、动火作业及6S管理制度，佩戴劳动防护用品，由此发生的人身伤害或财产损失由乙方负责。
P:4.4 原有电气柜、线缆、旧控制器等拆除物资归甲方所有，乙方应按甲方指定地点分类堆放，不得擅自处置。
P:4.5 乙方应在改造前提交详细施工方案、停机计划及回退方案，经甲方设备部和生产部会签后实施；改造期间如出现无法按期恢复生产的情况，乙方应立即启动回退方案，保证甲方订单交付。
P:4.6 乙方应向甲方提供电气原理图、接线图、PLC程序备份、参数清单、备件清单及操作维护手册各两套，并提供电子版。
H:第五条 验收
P:5.1 最终验收标准：（一）设备型号、数量及技术参数符合合同附件；（二）每条产线连续试生产期间节拍达到设计值，加工尺寸CPK不低于1.33；（三）在线测量重复精度不超过1微米；（四）质量及设备数据按约定频率上传MES，抽查无丢失；（五）培训完成并交付全部技术资料。
P:5.2 产线投入试生产、甲方使用设备或支付部分款项，均不视为验收合格。验收不合格的，乙方应在十日内整改，由此产生的费用由乙方承担。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换、升级均由乙方免费提供。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的7%计取，即每年91,000元，质保期满后三年内不上调。维保合同每年由双方书面续签，不自动续期。
P:6.3 维保服务包括每季度一次预防性巡检、备件供应、软件缺陷修复及远程技术支持。
P:6.4 乙方应在无锡市区内常备伺服驱动器、测头、电源模块等关键备件，保证质保期及维保期内关键备件随时可用；设备停产或换代的，乙方应提供性能不低于原设备的替代件，并负责相应程序的适配调整。
H:第七条 故障响应
P:7.1 一级故障（产线停机）：乙方30分钟内电话响应，8小时内到达现场，24小时内恢复生产。
P:7.2 二级故障（部分功能失效但产线可运行）：2小时内响应，48小时内排除。
P:7.3 乙方未按上述时限响应或到场的，每超时一小时向甲方支付800元；因乙方原因导致产线停机超过24小时的，另按每日3,000元赔偿。
H:第八条 违约责任
P:8.1 乙方逾期交货或逾期完成验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:8.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:8.3 乙方提供的设备不符合约定的，甲方有权要求更换，并由乙方承担由此产生的全部费用。
P:8.4 因乙方调试失误造成甲方砂轮、工件或主轴损坏的，乙方应按实际损失予以赔偿，并承担由此增加的停机损失。
P:8.5 违约金不足以弥补甲方实际损失的，乙方应继续赔偿差额部分。
H:第九条 知识产权
P:9.1 控制软件标准产品的知识产权归乙方或其原厂所有，甲方获得永久使用许可。
P:9.2 为本项目定制开发的MES接口程序、工艺配方模块、PLC程序及其源代码的知识产权归甲方所有，乙方应完整交付，甲方可自行修改、使用或委托他人维护。
H:第十条 数据安全
P:10.1 产线运行数据、工艺参数、质量数据均属甲方所有，乙方不得用于本合同以外的任何用途。
P:10.2 乙方远程维护须经甲方逐次审批，通过甲方指定的安全通道接入，不得在现场私接无线设备或拷贝数据。
P:10.3 因乙方原因造成数据泄露、篡改或生产网络安全事件的，乙方应在2小时内报告甲方，并承担全部赔偿责任。
H:第十一条 保密
P:11.1 乙方对在履行合同中获知的甲方工艺参数、产品图纸、质量数据及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至该信息公开时止。
H:第十二条 分包
P:12.1 乙方可将电气柜安装、布线等辅助施工分包给具有相应资质的单位，但应提前五个工作日书面通知甲方，并对分包单位的工作质量和安全承担责任。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十日内未纠正，或逾期交货超过四十五日的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:第十四条 适用法律及争议
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交无锡仲裁委员会仲裁。
H:第十五条 培训
P:15.1 乙方应在甲方现场为甲方操作工、维修电工及工艺人员分别开展理论及实操培训，培训总课时不少于四十八学时，考核合格后方可独立上岗，培训记录作为验收资料。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响一方应及时书面通知对方并提供证明，双方协商延期履行或部分免除责任。
H:第十七条 其他
P:17.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效，具有同等法律效力。技术协议及设备清单为本合同附件。
P:甲方（盖章）：______________    乙方（盖章）：______________
"""

Z03 = """连锁咖啡门店点单及会员系统SaaS服务及实施合同

合同编号：KF-IT-2025-0412
甲方：上海某咖啡餐饮管理有限公司
乙方：杭州云杯科技有限公司

鉴于甲方在华东地区经营60家直营咖啡门店，需要统一的线上点单、门店收银及会员营销系统，乙方以软件即服务（SaaS）方式提供该系统并负责实施。双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方提供以下SaaS服务：
1. 门店收银及点单：堂食扫码点单、外带自提、小程序预约、门店POS收银、出杯叫号；
2. 会员管理：会员注册、积分、储值、等级权益、优惠券发放与核销；
3. 营销工具：新品推广、节日活动、门店定向推送、社群裂变活动；
4. 经营分析：门店销售、品类毛利、会员复购、活动效果报表。
（二）乙方负责的实施工作包括：60家门店的系统配置、菜单及价格导入、收银硬件联调、甲方原有会员数据迁移、与甲方ERP及财务系统的接口开发、店长及店员培训。
（三）服务期为两个服务年度，自系统通过上线验收之日起计算。

二、费用
（一）年度订阅费：门店点单及收银模块每店每服务年度3,200元，60家门店合计192,000元；会员及营销模块每服务年度68,000元；年度订阅费合计每服务年度260,000元，两个服务年度共520,000元。
（二）一次性实施费：96,000元，含配置、数据迁移、接口开发及培训。
（三）本合同总金额为616,000元（含6%增值税）。短信及支付通道费用由甲方按实际用量另行向通道方结算，不计入合同总金额。
（四）服务期内新增门店的，按每店每服务年度3,200元按月折算，另行签订补充协议；门店闭店的，自次月起相应减少订阅费，减少部分在下一期订阅费中抵扣。服务期内乙方不得以任何理由单方提高本合同约定的订阅费标准。

三、付款方式
（一）实施费在系统通过上线验收后十五个工作日内一次性支付。
（二）每个服务年度的订阅费在该服务年度开始后十五个工作日内支付。
（三）乙方应在付款前提供合法有效的增值税专用发票。

四、实施与上线验收
（一）乙方应在合同签订后六十日内完成全部实施工作，并提交上线验收申请。
（二）上线验收标准：
1. 合同所列功能在全部60家门店测试通过；
2. 原有会员数据迁移完整，会员数、积分及储值余额与原系统逐一核对一致；
3. 高峰时段（每店每分钟20单）点单下单响应时间不超过2秒；
4. ERP及财务接口连续七日对账无差异；
5. 培训完成，店长考核合格。
（三）门店试营业使用系统或甲方支付部分款项，均不视为上线验收合格。
（四）乙方逾期完成上线验收的，每逾期一日，按合同总金额的千分之一向甲方支付违约金。

（五）乙方应组建专门实施团队，项目经理常驻甲方总部，按门店分批上线，每批上线前应完成门店网络检查、硬件联调及店员演练，上线首周安排驻店支持人员。

五、服务水平
（一）乙方保证系统月度可用率不低于99.5%。可用率按（当月总分钟数－不可用分钟数）÷当月总分钟数计算，经甲方书面同意的计划维护时间除外。
（二）故障分级：
1. 一级故障：全部或多家门店无法点单、收银或支付，乙方应在30分钟内响应，2小时内恢复；
2. 二级故障：单店或单一功能异常，2小时内响应，8小时内恢复；
3. 三级故障：一般咨询及优化需求，下一个工作日内答复。
（三）服务补偿：月度可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅费（年度订阅费的十二分之一）的5%向甲方提供服务抵扣，单月抵扣不超过当月订阅费的50%；一级故障超过恢复时限的，每超时一小时另扣减1,000元。
（四）乙方应提供服务状态页面，实时公布系统运行状态、故障进展及计划维护安排；每次一级故障恢复后三个工作日内，乙方应提交故障分析报告，说明原因、影响门店及整改措施。
（五）节假日及新品上市等营业高峰前，乙方应提前进行容量评估并安排专人值守。

六、数据与安全
（一）甲方会员信息、交易数据、营销数据等全部业务数据归甲方所有。乙方仅可为向甲方提供本合同服务而处理该等数据，不得用于其他目的，不得向任何第三方提供。
（二）乙方应将数据存储于中国境内，落实网络安全等级保护第三级要求，对会员个人信息加密存储、脱敏展示，建立访问权限控制和操作日志审计。
（三）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的通知义务，并承担因此给甲方造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出并移交全部数据，随后彻底删除，并出具删除证明。

（五）乙方应每日对甲方数据进行增量备份、每周进行全量备份，备份数据异地存放，恢复点目标不超过十五分钟；乙方每半年组织一次数据恢复演练，并将演练报告提交甲方。
（六）乙方人员访问甲方生产数据须经甲方审批并全程留痕，乙方应每季度向甲方提供访问日志摘要及安全漏洞扫描报告。

七、保密
双方对在合作中获知的对方商业秘密、经营数据、技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内持续有效。

八、知识产权
（一）乙方SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制开发的ERP及财务接口程序、小程序专属页面设计及相关源代码归甲方所有，乙方应在上线验收时交付，甲方可自由使用、修改及许可他人使用。

九、续期
本合同服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况调整年度订阅费，调整幅度不超过上一服务年度订阅费的8%，乙方书面通知甲方后即生效，无需甲方同意。

十、服务团队与培训
（一）服务期内乙方应指定客户经理及技术支持负责人，提供7×24小时服务热线，并每月提交服务报告，内容包括可用率、故障处理、版本更新及改进建议。
（二）乙方应为新开门店及新入职店员提供线上培训课程和操作手册，系统重大版本更新前应提前通知甲方并提供更新说明。

十一、分包
乙方不得将本合同项下服务转包或分包，确需将门店硬件联调等辅助工作交由第三方完成的，须事先取得甲方书面同意。

十二、违约与解除
（一）乙方严重违反本合同且在甲方书面通知后十五日内未能纠正的，甲方有权解除本合同，乙方应退还未履行服务期间的订阅费并赔偿损失。
（二）连续两个月可用率低于约定值，或一个服务年度内发生三次以上一级故障的，甲方有权解除本合同。
（三）乙方对本合同项下的累计赔偿责任以合同总金额的150%为限，但数据安全事件及故意或重大过失造成的损失不受此限。

十三、适用法律及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交上海仲裁委员会仲裁。

十四、其他
本合同未尽事宜，双方可另行签订补充协议。本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：功能清单、门店清单、实施计划。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """海关查验业务系统年度运维服务合同

合同编号：HG-YW-2025-027
甲方：某直属海关
乙方：南京关信信息系统有限公司

根据甲方年度运维服务采购结果，甲方委托乙方对其查验业务系统提供运维服务。双方依据《中华人民共和国民法典》等法律法规，经协商一致，签订本合同。

第一条 服务对象及范围
（一）运维对象为甲方查验业务系统，包括查验作业管理、查验指令下发、移动查验终端、查验记录及影像管理、查验结果录入等子系统，以及与H2018通关管理系统、集装箱检查设备（H986）图像系统、卡口系统的接口。
（二）运维内容包括：应用系统日常监控及巡检、故障处理、数据库维护、接口运行保障、小版本缺陷修复、配置变更、安全加固配合、重大保障时段值守及运维文档编制。
（三）乙方应建立运维服务台，统一受理甲方各业务现场提出的服务请求，对每一服务请求进行登记、分派、跟踪和关闭，服务记录完整可查。
（四）运维不包括新增功能开发和硬件设备维修，如需开展，双方另行签订合同。

第二条 服务期限
本合同服务期自2025年7月1日起至2026年6月30日止。服务期满，本合同自然终止，不自动续期；甲方如需继续采购运维服务，按规定重新组织采购。

第三条 服务人员
（一）乙方应派驻不少于三名运维工程师在甲方现场提供工作日驻场服务，其中项目负责人须具有五年以上海关业务系统运维经验。
（二）乙方驻场人员须经甲方政审备案，遵守甲方工作纪律和安全管理制度，未经甲方同意不得更换；乙方更换人员的，应提前十个工作日书面申请并完成交接。
（三）非工作时间乙方应安排二线工程师电话值守，随时响应甲方需求。乙方应建立驻场人员考勤记录，每月随运维月报报送甲方核对；驻场人员请假须提前报甲方同意，并由乙方安排具备同等能力的人员顶岗。

第四条 服务费用及支付
（一）本合同总价为人民币583,200元（含税），其中驻场运维服务费436,800元，应急保障及值守服务费62,000元，巡检及安全加固配合服务费48,000元，运维工具及文档编制费36,400元。
（二）服务费按季度支付，每季度结束并经甲方季度考核后十五个工作日内，甲方支付当季服务费145,800元，季度考核扣款从当季服务费中扣除。本合同不设预付款。

第五条 服务水平
（一）查验业务系统在工作时间的可用率不低于99.95%，按季度统计。
（二）故障分级及响应要求：
1. 一级故障：查验指令无法下发、查验结果无法录入或与通关系统接口中断，影响全关区查验作业。乙方应在8小时内响应并到达现场处理。
2. 二级故障：部分查验场所或部分功能无法使用，乙方应在8小时内响应，24小时内解决。
3. 三级故障：不影响业务办理的一般问题，乙方应在两个工作日内解决。
（三）乙方应每日开展系统巡检，每月提交运维月报，每季度提交运维分析报告。
（四）重大保障时段（如进博会、广交会期间及甲方书面通知的其他时段），乙方应安排专人7×24小时现场值守。

（五）乙方应建立应急预案，每半年配合甲方开展一次应急演练，演练场景包括数据库故障切换、接口中断、查验终端批量失效等，并在演练后五个工作日内提交演练总结。
（六）涉及生产环境的配置变更、补丁升级和数据修复，乙方应事先提交变更申请，说明变更内容、风险评估及回退方案，经甲方审批后在指定时间窗口实施，实施后提交变更记录。
（七）乙方应对查验业务高峰（如月末、节前）提前进行容量评估和性能优化，发现性能瓶颈应及时向甲方提出优化建议。

第六条 考核与验收
（一）甲方每季度按附件《运维服务考核细则》对乙方进行考核，考核内容包括可用率、故障响应及解决时限、巡检及报告提交、文档质量、人员到岗情况。
（二）考核扣款：季度可用率每低于约定值0.01个百分点，扣减当季服务费2,000元；故障响应或解决每超时一小时，扣减500元；驻场人员每缺勤一人日，扣减800元。
（三）服务期满前，乙方应提交运维总结报告及全部运维文档、脚本和配置清单。甲方按以下标准组织年度验收：各季度考核均合格；全部运维文档、变更记录齐全；遗留问题均已关闭或经甲方确认移交。

第七条 数据安全
（一）查验业务系统中的全部数据，包括查验指令、查验记录、查验影像及企业申报信息，均属于甲方所有，乙方仅可为履行本合同在甲方指定环境内处理，不得用于其他任何目的。
（二）乙方运维操作须通过甲方堡垒机进行，实行双人复核；禁止使用未经甲方登记的存储介质，禁止通过互联网远程运维，禁止将任何数据导出至甲方网络之外。
（三）乙方应落实网络安全等级保护相关要求，配合甲方开展安全检查和漏洞整改。
（四）发生或可能发生数据泄露、篡改、丢失或网络安全事件的，乙方应立即处置，并在1小时内报告甲方；因乙方原因导致数据安全事件的，乙方承担全部赔偿责任，甲方有权追究相关人员的法律责任。

（五）乙方驻场人员应签署甲方制定的信息安全承诺书，离场时交回全部账号、门禁卡及资料，由甲方确认后注销相关权限。

第八条 知识产权
运维期间乙方为甲方编写的运维脚本、监控规则、应急预案、配置文档及其他工作成果，知识产权归甲方所有，甲方可自由使用和修改。

第九条 违约责任
（一）乙方未按约定日期派驻人员进场的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方季度考核不合格的，除按第六条扣款外，应在十五日内提交整改方案并落实。
（三）因乙方原因造成甲方查验作业中断并产生损失的，乙方应赔偿甲方全部损失。

第十条 分包
乙方不得将本合同项下的服务转包或者分包，亦不得以劳务派遣、外包人员等方式变相安排非乙方正式员工承担驻场运维工作。

第十一条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，按实际服务期间结算费用，并要求乙方赔偿损失。
（二）乙方发生数据安全事件或驻场人员严重违反甲方纪律的，甲方有权立即解除合同。

第十二条 运维工具与资产管理
（一）乙方应使用甲方部署的运维监控平台和工单系统开展工作，不得私自部署监控代理或远程控制软件；确需使用乙方自有运维工具的，须经甲方安全评估并登记。
（二）乙方应维护完整的运维对象配置清单，包括服务器、数据库、中间件、接口及账号权限，每季度与甲方核对一次，确保账实相符。

第十三条 服务交接
合同终止或期满时，乙方应在十个工作日内完成与甲方或甲方指定的后续服务商的交接，移交全部运维资料、账号权限及遗留问题清单，交接期间不得中断服务。

第十四条 适用法律及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。

第十五条 其他
本合同自双方签字盖章之日起生效，一式四份，甲方三份，乙方一份。附件《运维服务考核细则》《运维对象清单》为本合同组成部分。

甲方（盖章）：                乙方（盖章）：
签订日期：2025年6月____日
"""

Z05 = """# 酿造过程数字化管理软件销售及服务合同

**（乙方标准合同文本 NJ-CT-2024 版）**

合同编号：YX-2025-0931

甲方（买方）：镇江某香醋股份有限公司

乙方（卖方）：苏州酿信软件科技有限公司

甲方向乙方购买“酿信发酵过程记录与批次追溯软件”并委托乙方进行定制开发及实施。双方本着平等自愿的原则，经协商一致，签订本合同。

## 第一条 产品及服务内容

1.1 乙方向甲方提供酿信发酵过程记录与批次追溯软件（标准版）永久使用许可，覆盖甲方八个固态发酵车间、制醅、淋醋及陈酿工序。

1.2 定制开发内容：发酵罐及醅池温度、酸度数据采集接口，批次追溯码与包装线赋码系统对接，质量检验数据录入及批次报表，车间电子看板。

1.3 实施内容：软件安装部署、基础数据配置、用户培训及上线支持。

1.4 许可范围：许可甲方在其镇江厂区内部使用本软件，并发用户数不超过八十个，数据采集点不超过六百个。超出许可范围使用的，甲方应按乙方当期价格补购许可。甲方不得将软件转让、出租或供其关联公司使用。

1.5 本合同所附功能清单为乙方标准产品功能说明，具体功能以乙方交付的软件版本为准，乙方有权在不降低主要功能的前提下对软件界面和功能进行调整。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 酿信发酵过程记录与批次追溯软件许可（标准版，永久） | 980,000 |
| 2 | 数据采集接口、赋码对接及批次报表定制开发 | 236,000 |
| 3 | 安装部署、配置及培训 | 64,000 |
| | 合计 | 1,280,000 |

2.1 合同总价为人民币1,280,000元（含税）。

2.2 合同价款不包括第三方数据库许可、采集网关硬件、仪表改造及乙方人员超出约定人天的现场服务费用。

2.3 甲方需自行准备服务器、数据库及网络环境，相关费用不包含在合同价款内。

## 第三条 付款方式

3.1 合同签订后五个工作日内，甲方支付合同总价的65%，即832,000元，乙方收到款项后开始排期实施。

3.2 软件上线运行后十个工作日内，甲方支付合同总价的35%，即448,000元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方收到首付款后，原则上在一百二十日内完成安装部署及定制开发，具体进度以乙方项目计划为准。乙方将尽力按计划交付，因需求变更、甲方环境准备不足或配合不及时导致的延误，工期相应顺延。

4.2 乙方完成部署后通知甲方上线，软件上线运行即视为甲方验收合格。甲方自行使用软件的，亦视为验收合格。

4.3 甲方在上线后发现的问题，乙方将在后续维护中处理。

4.4 乙方为甲方指定的系统管理员、车间班组长及质量检验人员提供一次集中培训，培训地点在甲方厂区，培训时长为三个工作日。甲方人员变动需要再次培训的，按乙方当期人天标准另行收费。

4.5 乙方交付物包括（以电子文档形式提供）：软件安装介质、许可文件、用户操作手册、系统管理员手册及培训材料。

## 第五条 技术支持

5.1 乙方在工作日工作时间内通过电话、远程方式为甲方提供技术支持，乙方将尽商业上合理的努力解决甲方反映的问题。

5.2 乙方不对软件运行的连续性、处理速度或解决问题的时限作出承诺。

## 第六条 免费维护期及维护服务

6.1 免费维护期为六个月，自软件上线运行之日起计算。免费维护期内乙方提供软件缺陷修复及技术支持。

6.2 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的25%，即每年245,000元。未签订维护合同的，乙方不再提供补丁、升级及技术支持。

6.3 现场服务按乙方人员差旅及人天标准另行收费。

6.4 维护服务内容包括：软件缺陷修复、补丁及小版本升级、远程技术支持、每年一次远程健康检查。大版本升级、新增功能及接口改造不属于维护服务范围，另行报价。

6.5 甲方如中断维护服务后再次申请恢复的，应补交中断期间的维护费用。维护费在每个维护年度开始前一次性支付。

## 第七条 知识产权

7.1 软件产品及其相关文档的知识产权归乙方所有。

7.2 乙方根据本合同为甲方定制开发的数据采集接口、赋码对接程序、批次报表、电子看板及其源代码、技术文档，知识产权均归乙方所有。甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。乙方不交付源代码。

## 第八条 数据

8.1 甲方在软件中录入和产生的生产数据归甲方所有。

8.2 甲方同意，乙方可以对甲方的发酵工艺参数、批次质量数据进行脱敏和汇总处理后，用于乙方产品的研发改进、行业工艺模型训练及行业分析报告，该使用权在本合同终止后继续有效。

8.3 乙方对其接触到的甲方数据采取必要的安全管理措施，包括访问权限控制、远程访问登记及操作日志留存，不得擅自向第三方提供原始数据；发现数据泄露或异常访问的，乙方应在24小时内通知甲方并采取补救措施，因乙方过错导致甲方数据泄露的，乙方依法承担赔偿责任。

## 第九条 甲方义务

甲方应提供符合乙方要求的服务器、操作系统、数据库及网络环境，指定项目联系人，及时确认需求、提供基础数据并组织相关人员参加培训和上线工作。发酵车间采集设备的改造、布线及仪表校准由甲方自行负责。甲方未按时履行上述义务的，乙方有权顺延工期，由此增加的费用由甲方承担。

## 第十条 保密

10.1 双方对在合作中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或监管要求披露的除外。

10.2 本条保密义务在合同终止后两年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何情况下，乙方不承担甲方的间接损失、利润损失、停产损失或数据恢复费用。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，甲方已付款项不予退还。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力或乙方无法控制的原因导致合同无法履行或延迟履行的，乙方不承担责任。

## 第十四条 争议解决

因本合同引起的或与本合同有关的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 通知

双方往来通知以书面形式发送至合同首页所列地址或电子邮箱，发出后三日即视为送达。一方变更联系方式的，应及时书面通知对方，否则由其自行承担不利后果。

## 第十六条 其他

16.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

16.2 本合同为乙方标准合同文本，双方另有约定的，以书面补充协议为准；补充协议未约定的事项，仍以本合同为准。

甲方（盖章）：__________    乙方（盖章）：__________

日期：__________    日期：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. YCT-ACL-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunnan Cafetal Trading Co., Ltd., a company registered in Kunming, Yunnan Province, People's Republic of China (the "Buyer"), and Andes Calidad Software S.A.S., a company registered in Bogota, Colombia (the "Vendor"). The Buyer and the Vendor are each a "Party" and together the "Parties".
P:Background: the Buyer imports, grades and roasts green coffee from several origins and wishes to replace its spreadsheets and paper cupping forms with a single quality and traceability system. The Vendor develops and licenses the CataTrace quality management software and provides related implementation services.
H:Article 1 Definitions
P:1.1 "Software" means the CataTrace Enterprise modules listed in Annex 1, in object code, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts, data migration scripts and documentation developed by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including lot records, cupping scores, moisture and defect measurements, supplier and farm information and warehouse movements.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's sites in mainland China for up to 150 named users and unlimited lots, including use by the Buyer's subsidiaries.
P:2.2 The Vendor shall provide the following services: installation on the Buyer's servers in Kunming; configuration of grading and cupping workflows; development of interfaces with the Buyer's ERP system, warehouse management system and laboratory moisture meters; migration of historical lot records from the Buyer's spreadsheets; and training of key users and administrators.
P:2.3 The Vendor shall deliver the Software in a Chinese and English user interface and shall provide user manuals in both languages.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,756,000, inclusive of applicable taxes, made up of: Software licence fee CNY 1,240,000; configuration and interface development CNY 386,000; data migration CNY 92,000; training CNY 38,000.
P:3.2 The Contract Price is fixed. Travel and living expenses of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 351,200) as an advance within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 790,200) within 30 days after the Software has been installed and the user acceptance test has been passed and signed by the Buyer.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 614,600) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account designated by the Vendor in its invoice. Each Party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and migration within 120 days after signature, in accordance with the project plan in Annex 2.
P:5.2 The acceptance criteria are: (a) every function in Annex 1 passes the agreed test scripts; (b) migrated lot records reconcile with the source spreadsheets in number of lots, weights and grading results, with any difference explained and corrected; (c) the ERP and warehouse interfaces run for 20 consecutive working days without data loss; (d) standard lot queries return within 3 seconds for 60 concurrent users; (e) training has been delivered and the documentation handed over.
P:5.3 After the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days or give written reasons for refusal. Installation, go-live, productive use or any payment does not in itself constitute acceptance.
P:5.4 If the Software fails acceptance, the Vendor shall correct the defects at its own cost within 15 days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 and the documentation for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide remote and on-site support free of charge.
P:6.2 Support levels during the Warranty Period and any support term: Severity 1 (system down or lot release blocked) response within 1 hour and a workaround within 8 hours; Severity 2 response within 2 hours; Severity 3 response within 2 working days. Support is provided in Chinese or English, and remote support is available around the clock for Severity 1.
P:6.3 For each hour by which the Vendor exceeds a response or workaround time for a Severity 1 incident, the Vendor shall credit CNY 1,000 against the next payment or support invoice.
P:6.4 After the Warranty Period, the Buyer may order annual support. The annual support fee shall not exceed 11% of the Software licence fee, that is CNY 136,400 per year, and this amount shall not be increased for three years after the end of the Warranty Period. Each year of support requires a separate written order by the Buyer; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code at Final Acceptance. The Buyer may use, modify, copy and license the Custom Deliverables freely, including through third parties.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and use Buyer Data only to perform this Agreement and shall not use it for any other purpose, including benchmarking, analytics or product development.
P:8.2 The Software is hosted on the Buyer's servers in Kunming. The Vendor may access the Buyer's systems only remotely through the Buyer's VPN with multi-factor authentication, with each session approved and logged by the Buyer. The Vendor shall not copy Buyer Data outside the Buyer's systems.
P:8.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law when handling Buyer Data, and shall ensure its staff are trained accordingly.
P:8.4 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all necessary remedial measures, and shall be responsible for all losses caused to the Buyer by a security breach attributable to the Vendor or its staff.
H:Article 9 Confidentiality
P:9.1 Each Party shall keep confidential all non-public business, technical and commercial information received from the other Party, shall use it only for this Agreement and shall not disclose it to any third party without the other Party's prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:10.2 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement of third-party intellectual property, personal injury or wilful misconduct.
P:10.3 Neither Party is liable for indirect or consequential loss, except under Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either Party may terminate this Agreement by written notice if the other Party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer under this Article, the Vendor shall refund payments made for undelivered work and hand over all completed Custom Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other Party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either Party may terminate by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Colombia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration at the Arbitration and Conciliation Centre of the Bogota Chamber of Commerce, seated in Bogota, in English, before a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the Parties on its subject matter. Amendments must be in writing and signed by both Parties.
P:15.2 This Agreement is made in English in two originals, one for each Party, and takes effect on signature.
P:Annex 1: Software modules and functional specification. Annex 2: Project plan. Annex 3: Test scripts.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS - AULAVIVA LEARNING CLOUD

Order Form No. AV-CN-2025-118

**Provider:** Aulaviva Learning S.A.S., Carrera 43A, El Poblado, Medellin, Colombia ("Provider")

**Customer:** Guangzhou Lanhua Cosmetics Retail Co., Ltd., Tianhe District, Guangzhou, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER FORM

### A1. Service

Aulaviva Learning Cloud, a software-as-a-service platform for staff training in retail stores, including course authoring, mobile learning app (Chinese and English), quizzes and certification, store-level learning dashboards and an integration with Customer's HR system (the "Service"). The Service is hosted for Customer in a mainland China data centre operated by Provider's hosting provider named in A6.

### A2. Subscription Term

Two Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under A4; Subscription Year 2 starts on its first anniversary. The Agreement ends at the end of Subscription Year 2 unless the Parties sign a new Order Form. There is no automatic renewal.

### A3. Fees

| Item | Basis | Subscription Year 1 (CNY) | Subscription Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| Platform subscription | 1,800 named learners x CNY 128 per learner per year | 230,400 | 230,400 | 460,800 |
| Onboarding and HR integration | one-time | 38,000 | - | 38,000 |
| **Total Contract Value** | | **268,400** | **230,400** | **498,800** |

All fees are in CNY and include VAT. Additional learners may be added during a Subscription Year at the same per-learner price, pro rata, by a written change order.

### A4. Onboarding and Go-Live Acceptance

Provider shall complete onboarding within 45 days after signature: tenant set-up, branding, single sign-on, upload of Customer's existing 120 courses, HR integration and administrator training. Go-Live Acceptance criteria: (a) all 120 courses play correctly on iOS, Android and the WeChat mini-program; (b) HR integration synchronises new hires and leavers daily for 10 consecutive days without error; (c) dashboards match HR store lists; (d) a pilot with 5 stores completes with no open Priority 1 or Priority 2 issue. Customer shall confirm Go-Live Acceptance in writing within 5 working days after the criteria are met. Use of the Service during the pilot is not acceptance. If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay CNY 300 for each day of delay.

### A5. Invoicing and Payment

The onboarding fee is invoiced on Go-Live Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days. No amount is payable before Go-Live Acceptance.

### A6. Approved Subprocessor and Contacts

Approved hosting provider: Huanan Cloud Data Services Co., Ltd. (Guangzhou data centre). Provider's account manager: Ms. Valentina Restrepo. Customer's project manager: Mr. Chen Wei.

## PART B - GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data and content submitted to the Service by or for Customer, including learner personal information, course material provided by Customer and learning records.

1.2 "Customer Content" means courses, quizzes and materials created by or for Customer in the Service, including courses created by Provider for Customer during onboarding.

1.3 "Documentation" means Provider's user guides and the service description for the Service.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the Documentation and this Agreement.

2.2 Customer may permit its employees, store staff and franchisees' staff to use the Service within the number of named learners purchased.

2.3 Provider may update the Service from time to time, provided that no update materially reduces the functionality described in the Documentation.

### 2A. Customer Responsibilities

2A.1 Customer shall keep its administrator credentials secure, shall ensure that learners use the Service in accordance with the Documentation, and shall not upload content that infringes third-party rights or breaches applicable law.

2A.2 Customer is responsible for obtaining the consents of its staff required under applicable law for the processing of their learning records, and Provider shall provide the privacy notice text and consent workflow in the mobile app to support this.

2A.3 Customer shall provide timely access to its HR system test environment, course files and key users during onboarding. Delays caused by Customer extend the onboarding period in A4 by the same number of days.

2A.4 Customer shall not resell the Service, attempt to reverse engineer it, or use it to build a competing product.

### 3. Service Levels

3.1 Availability. Provider shall use a target monthly availability of 99.95% for the Service, excluding scheduled maintenance notified at least 48 hours in advance and performed between 01:00 and 05:00 Beijing time.

3.2 Support. Provider's support desk is available in Chinese and English. Priority 1 (Service unavailable to all users): response within 1 hour, around the clock. Priority 2 (major function impaired): response within 8 business hours. Priority 3: response within 2 business days.

3.3 Provider shall report monthly availability and incident statistics to Customer.

3.4 Service credits are not offered under this Agreement. If Provider misses an availability target or response time, Provider's sole obligation is to use reasonable efforts to restore the Service and to report the cause to Customer, and Customer shall have no claim to any fee reduction, credit or penalty on that account.

### 4. Customer Data and Security

4.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and in accordance with Customer's documented instructions, and does not use it for any other purpose.

4.2 Provider shall store and process Customer Data only in mainland China, shall maintain an information security programme certified to ISO 27001, shall encrypt Customer Data in transit and at rest, shall restrict access to authorised personnel with logged access, and shall comply with the PRC Personal Information Protection Law and Data Security Law.

4.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall cooperate with Customer's investigation and notifications, and shall be responsible for losses caused to Customer by an incident attributable to Provider or its subprocessor.

4.4 Within 30 days after the end of the Agreement, Provider shall return Customer Data in a standard format and then delete it, and confirm deletion in writing.

### 5. Subprocessors

5.1 Provider may use the hosting provider named in A6. Provider shall not engage any other subprocessor or subcontractor for the Service without Customer's prior written consent, and remains responsible for their acts.

### 6. Intellectual Property

6.1 Provider owns the Service, the platform software and the Documentation.

6.2 Customer owns all Customer Content, including courses and materials created by Provider for Customer during onboarding and the HR integration configuration specific to Customer. Customer may use, modify and license them freely and may export them at any time.

### 7. Confidentiality

7.1 Each Party shall keep confidential the other Party's non-public information received under this Agreement, shall use it only for this Agreement and shall not disclose it to third parties except to its advisers and the approved hosting provider under equivalent obligations. This obligation survives for three years after the Agreement ends.

### 8. Limitation of Liability

8.1 Neither Party is liable for indirect, special or consequential loss, or loss of profit.

8.2 Provider's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim.

8.3 The limits in this Section do not apply to personal injury, fraud or wilful misconduct.

### 9. Term and Termination

9.1 The Agreement runs for the Subscription Term in A2.

9.2 Either Party may terminate the Agreement by written notice if the other Party materially breaches it and does not cure the breach within 30 days after written notice.

9.3 On termination by Customer under 9.2, Provider shall refund the prepaid subscription fees for the remainder of the Subscription Year.

9.4 Sections 4, 6, 7, 8 and 10 survive termination.

### 10. Governing Law and Disputes

10.1 This Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

### 11. General

11.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses of the contacts in A6.

11.2 Neither Party may assign the Agreement without the other's prior written consent.

11.3 This Agreement is the entire agreement of the Parties on its subject matter and may be amended only in writing signed by both Parties.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________
"""

E03 = """T:Supply Contract for Cold-Chain Sensors and Monitoring Software
P:Contract No. QL-PUR-2025-0309
P:Buyer: Qingdao Lengyun Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Sensorica del Valle S.A.S., Cali, Valle del Cauca, Colombia, acting through its authorised distributor agreement for China (the "Supplier").
P:The Buyer operates six cold-storage warehouses and a refrigerated truck fleet. This Contract is on the Buyer's standard purchasing terms and covers the supply, installation and commissioning of wireless temperature and humidity sensors, gateways and a perpetual licence for the Supplier's monitoring software, together with integration and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the price table in clause 3.
P:1.2 "Software" means the FrioWatch monitoring software, including its alarm, reporting and audit-trail modules, licensed under clause 8.
P:1.3 "Deliverables" means the Equipment, the Software, the WMS interface, configuration files, calibration certificates and documentation.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate under clause 6.
P:1.5 "Contract Price" means the total in the price table.
H:2. Scope of Supply
P:2.1 The Supplier shall supply 1,260 wireless temperature and humidity sensors for storage rooms and vehicles, 84 gateways with 4G and Ethernet backhaul, and the Software licensed for up to 1,500 devices.
P:2.2 The Supplier shall install and commission the Equipment in the Buyer's six warehouses in Qingdao, Yantai and Weifang and in 210 refrigerated vehicles, configure alarm thresholds agreed with the Buyer's quality department, and integrate the Software with the Buyer's warehouse management system (WMS) so that temperature records are attached to each inbound and outbound order.
P:2.3 Each sensor shall be delivered with a calibration certificate traceable to a national metrology institute, issued not more than 90 days before delivery.
P:2.4 The Supplier shall train the Buyer's quality staff, warehouse supervisors and IT administrators.
H:3. Price
P:3.1 The Contract Price is CNY 1,300,000, inclusive of VAT, duties, transport to site and insurance, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor with calibration certificate|1,260|380|478,800
TB:2|Gateway with 4G and Ethernet backhaul|84|2,650|222,600
TB:3|FrioWatch monitoring software, perpetual licence for 1,500 devices|1|356,000|356,000
TB:|Equipment and licence subtotal|||1,057,400
TB:4|Installation and commissioning, six warehouses and 210 vehicles|1|128,600|128,600
TB:5|WMS interface development|1|94,000|94,000
TB:6|Training|1|20,000|20,000
TB:|Contract Price|||1,300,000
P:3.2 The Contract Price is fixed and covers everything needed to deliver the Deliverables in working order.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 130,000) within 20 days after signature, against the Supplier's advance payment guarantee for the same amount.
P:4.2 55% of the Contract Price (CNY 715,000) within 30 days after all Equipment has been installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 455,000) within 30 days after Final Acceptance.
P:4.4 The Supplier shall issue a valid VAT special invoice before each payment. Payments are made in CNY to the Supplier's account in China stated in the invoice, and the Buyer is not responsible for delays caused by an incorrect or missing invoice.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to the Buyer's Qingdao warehouse within 60 days after signature and complete installation and commissioning within 110 days after signature.
P:5.2 Risk passes to the Buyer on signed delivery; title passes on payment under clause 4.2.
P:5.3 The Supplier shall agree a detailed installation schedule with each warehouse manager so that cold rooms remain in operation, and shall install vehicle sensors only when vehicles are returned to the yard, without delaying scheduled deliveries.
P:5.4 The Supplier shall comply with the Buyer's site safety rules, including cold-room entry procedures and vehicle yard rules, and shall remove all packaging from site.
H:6. Acceptance
P:6.1 Final Acceptance tests shall be run over 30 consecutive days after commissioning and shall verify that: (a) every sensor reports at the configured interval with no more than two missed readings per sensor per day; (b) measured temperature deviates from a reference instrument by no more than 0.3 degrees Celsius at three test points; (c) alarms reach the duty phone within 2 minutes of a threshold breach; (d) temperature records are attached to WMS orders without error; (e) the audit trail meets the Buyer's GSP requirements for pharmaceutical cold storage.
P:6.2 If all criteria are met, the Buyer shall issue the Final Acceptance certificate within 10 working days. Installation, use of the system or any payment does not by itself constitute acceptance.
P:6.3 If any criterion is not met, the Supplier shall remedy the failure at its own cost within 15 days and the test shall be repeated.
H:7. Warranty and After-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, supply software updates and recalibrate sensors once a year at no cost.
P:7.2 Service levels during the warranty period are set out in the table below.
TB:Severity|Description|Response time|Restoration
TB:Severity 1|Monitoring of a whole warehouse or more than 20 vehicles lost|30 minutes|8 hours
TB:Severity 2|Single gateway or room not reporting|2 hours|24 hours
TB:Severity 3|Single sensor fault or query|1 working day|5 working days
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or from the performance guarantee.
P:7.4 After the warranty period the Buyer may order annual support covering the same services. The annual support fee is fixed at 6% of the equipment and licence subtotal, that is CNY 63,444 per year, for three years after the warranty period. Support is ordered by the Buyer year by year and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's own operations, including those of its subsidiaries.
P:8.2 The WMS interface, alarm configuration, report templates and any other work product developed for the Buyer under this Contract, including source code, belong to the Buyer. The Buyer may use, modify and license them freely.
H:9. Data Protection and Security
P:9.1 All temperature records, alarm logs, location data and other data collected by the Equipment or stored in the Software belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 The Software is installed on the Buyer's servers in Qingdao. Gateways transmit data only to these servers. The Supplier may access the system remotely only through the Buyer's VPN, with each session approved and logged by the Buyer.
P:9.3 The Supplier shall apply encryption for data in transit, change default passwords on all devices, and provide security patches for the Equipment firmware during the warranty and support periods.
P:9.4 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Buyer's data or systems and is liable for the Buyer's losses resulting from an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including warehouse layouts, customer names and temperature records, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of this Contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation and commissioning, or to achieve Final Acceptance, by the dates in clause 5 for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Vehicle installation by the Supplier's local installer named in Annex 3 is approved on signature. The Supplier is responsible for its subcontractors as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages reach their maximum.
P:13.2 On termination under clause 13.1, the Supplier shall refund payments for undelivered Deliverables and compensate the Buyer's direct losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.
H:15. General
P:15.1 Annexes: Annex 1 technical specification; Annex 2 site list; Annex 3 approved installer. The Contract is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No.** XMH-MSA-2025-04

**Customer:** Xiamen Haixin Construction Machinery Co., Ltd., Jimei District, Xiamen, Fujian Province, People's Republic of China ("Customer")

**Service Provider:** Caribe Soporte Digital S.A.S., Barranquilla, Atlantico, Colombia ("Provider")

Customer sells excavators and loaders through a network of dealers and service workshops in Latin America. Customer wishes to outsource the IT service desk and endpoint management for its Latin American regional office, dealers' portal users and field service engineers to Provider. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Service Commencement Date" means the date on which Customer confirms in writing that the transition has been completed in accordance with clause 4.

1.5 "Term" means 36 months from the Service Commencement Date.

1.6 "Customer Data" means all data of Customer, its dealers and users that Provider receives or accesses in performing the Services, including tickets, user directory data, device inventories and call recordings.

## 2. Services

2.1 Provider shall provide the Services from the Service Commencement Date until the end of the Term in accordance with Schedule 1, the Service Levels and good industry practice.

2.2 Provider shall provide the Services in Spanish, Portuguese and English, and shall escalate matters requiring Customer's head office to Customer's IT department in Xiamen in English.

2.3 Provider shall assign a named service delivery manager who attends a monthly service review with Customer and delivers a monthly report on ticket volumes, Service Level performance, recurring problems and improvement proposals.

2.4 Changes to the scope of the Services shall be agreed through a written change request signed by both parties, stating the effect on the Charges.

## 3. Customer Responsibilities

3.1 Customer shall provide Provider with administrator access to the tools listed in Schedule 1, timely decisions and a single point of contact.

3.2 Customer shall ensure that its dealers cooperate with Provider's engineers for remote sessions.

3.3 Customer is responsible for hardware purchases and software licences for end-user devices unless Schedule 1 states otherwise.

## 4. Transition

4.1 Provider shall complete the transition within 60 days after signature: knowledge transfer from Customer's current provider, set-up of the service desk telephone lines and portal, onboarding of about 1,150 users and 1,400 devices into Customer's endpoint management tool, and preparation of runbooks and a knowledge base.

4.2 Transition acceptance criteria: (a) all users and devices are registered and reporting; (b) the service desk handles a two-week parallel run with Service Level results at target; (c) runbooks for the 40 most frequent request types are approved by Customer; (d) escalation paths to Customer's head office are tested. Customer confirms the Service Commencement Date in writing within 5 working days after the criteria are met.

4.3 If the Service Commencement Date is later than 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total Charges for the Term are CNY 1,746,000.

5.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Service credits are deducted from the next invoice.

5.3 Invoices are payable within 30 days of receipt. Charges are fixed for the Term.

## 5A. Governance

5A.1 The parties shall hold a monthly service review, by video conference, attended by Provider's service delivery manager and Customer's regional IT lead. The review covers Service Level results, service credits, open problems, planned changes and user feedback.

5A.2 Each quarter the parties shall hold a steering meeting with Customer's head of IT in Xiamen to review the service roadmap, planned dealer openings and any change requests. Minutes are prepared by Provider and approved by Customer.

5A.3 Provider shall run a user satisfaction survey twice a year and present the results and an action plan at the next steering meeting.

## 6. Personnel

6.1 Provider shall staff the Services with trained personnel able to work in the required languages and shall keep key personnel named in Schedule 1 for at least the first six months of the Term.

6.2 Provider shall not use subcontractors to perform the Services without Customer's prior written consent and is responsible for any approved subcontractor as for itself.

## 7. Customer Data

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 At the end of the Term Provider shall return Customer Data to Customer in a usable format.

## 8. Intellectual Property

8.1 Provider retains its pre-existing tools and methods.

8.2 Runbooks, knowledge-base articles, scripts and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including by a successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information disclosed under this Agreement and shall not disclose it to third parties without prior written consent, except to its professional advisers under a duty of confidence. This obligation continues for three years after the Term.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term.

## 11. Term and Ending

11.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Neither party may terminate this Agreement before the end of the Term. If a party breaches this Agreement, the other party's remedies are limited to service credits under Schedule 2, claims for damages within clause 10 and specific performance; the Agreement shall remain in force.

11.3 At the end of the Term Provider shall cooperate in an orderly handover to Customer or its new provider for up to 30 days at no additional charge.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding on both parties.

## 13. General

13.1 Neither party is liable for a failure to perform caused by an event beyond its reasonable control, such as natural disaster, war or general telecommunications outage, if it notifies the other party promptly and takes reasonable steps to resume performance.

13.2 Notices shall be given in writing to the addresses stated above.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

13.4 This Agreement, including its Schedules, is the entire agreement of the parties on its subject matter.

## Schedule 1 - Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, portal and e-mail support for users in Spanish, Portuguese and English; logging, classification and first-line resolution | 24 hours a day, 7 days a week |
| Endpoint management | Patch deployment, software distribution, device compliance reporting and remote wipe of lost devices through Customer's endpoint management tool | Business days, Bogota time |
| Dealer portal support | Password resets, access requests and first-line support for the dealers' parts and warranty portal | 24 hours a day, 7 days a week |
| Field engineer support | Support for laptops and diagnostic tablets of field service engineers, including replacement coordination | Business days, local time |
| Problem management | Analysis of recurring incidents and monthly improvement proposals | Monthly |
| Key personnel | Service delivery manager and service desk team leader | Named at signature |

## Schedule 2 - Service Levels and Service Credits

| Priority | Definition | Response time | Resolution target | Service credit per breach |
|---|---|---|---|---|
| P1 | Dealer portal or service desk unavailable, or more than 50 users unable to work | 15 minutes | 6 hours | 3% of the monthly service charge |
| P2 | A group of users or one workshop unable to work | 1 hour | 12 business hours | 1% of the monthly service charge |
| P3 | Single user issue with workaround | 8 business hours | 3 business days | none |

Service credits in any month are capped at 20% of that month's service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time | 72,000 |
| Monthly service charge | CNY 46,500 per month x 36 months | 1,674,000 |
| **Total Charges for the Term** | | **1,746,000** |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. GA-SUB-2025-0216

Between Qingdao Huanyu Agri-Commodities Import and Export Co., Ltd., Shinan District, Qingdao, People's Republic of China ("Customer"), and Geoandes Datos S.A.S., Bucaramanga, Santander, Colombia ("Provider").

Customer imports coffee, cocoa and fresh fruit from Latin America and wishes to receive crop-condition, weather and yield-forecast data for its sourcing regions through an application programming interface (API) and a web dashboard. Provider operates the Geoandes Crop Intelligence data platform. The parties agree as follows.

1. DEFINITIONS

1.1 "Subscription" means Customer's right to access the Data Services described in clause 2 during the Subscription Term.
1.2 "Data Services" means the API, the web dashboard, the data sets listed in Annex A and the related documentation.
1.3 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period from an anniversary to the day before the next anniversary.
1.4 "Activation Date" means the date on which Provider issues production API keys to Customer.
1.5 "Customer Data" means all data provided by Customer or its users to the Data Services, including field and farm boundaries, supplier lists, purchase volumes, API queries and usage logs.
1.6 "Custom Work" means the integration connectors, dashboards and alert rules developed by Provider specifically for Customer under clause 4.

2. DATA SERVICES

2.1 Provider shall provide access to: (a) daily satellite vegetation indices for the sourcing regions in Annex A; (b) weather observations and 15-day forecasts; (c) monthly yield forecasts by region and crop; (d) alerts for drought, flooding and frost events.
2.2 Access is through a REST API with up to 2,000,000 calls per Subscription Year and through a web dashboard for up to 40 named users.
2.3 Provider shall deliver data in Chinese and English field names and shall maintain documentation for all endpoints.
2.4 Provider shall notify Customer at least 30 days in advance of any change to the API that is not backward compatible and shall keep the previous API version available for at least 90 days after the change.
2.5 Customer may use the Data Services for its own business and that of its affiliates in mainland China, and shall not resell the raw data to third parties.
2.6 Provider may add new data sets or improve models but shall not remove a data set listed in Annex A during the Subscription Term.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years starting on the Activation Date.
3.2 The Subscription ends at the end of the second Subscription Year. Any extension requires a new written order signed by both parties; there is no automatic renewal.

4. SET-UP AND ACCEPTANCE

4.1 Within 40 days after signature Provider shall: configure the sourcing regions in Annex A; load Customer's farm boundaries; build connectors to Customer's procurement system and data warehouse; build three dashboards for the procurement, risk and quality teams; and train Customer's users.
4.2 Set-up acceptance criteria: (a) all endpoints in the documentation return valid data for every region in Annex A; (b) historical data for the past five seasons is complete for every region; (c) the connectors load data into Customer's data warehouse daily for seven consecutive days without error; (d) the dashboards reconcile with API results. Customer shall confirm acceptance in writing within five working days after the criteria are met. Use of test keys is not acceptance.
4.3 If set-up acceptance is delayed beyond 40 days after signature for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay.

4.4 Provider shall name a project lead for the set-up work and report progress weekly. Customer shall provide farm boundaries, access to its data warehouse test environment and key users in time; delays caused by Customer extend the period in 4.1 accordingly.

5. FEES AND PAYMENT

5.1 The fees are:
    Subscription fee, Subscription Year 1 .......... CNY 412,000
    Subscription fee, Subscription Year 2 .......... CNY 412,000
    Set-up fee (one-time, clause 4) ................ CNY 64,000
    Total fees ..................................... CNY 888,000
5.2 The set-up fee and the subscription fee for Subscription Year 1 are invoiced together on signature and are payable within ten days after the invoice date. Provider starts the set-up work and issues test keys only after receiving this payment.
5.3 The subscription fee for Subscription Year 2 is invoiced 30 days before the start of Subscription Year 2.
5.4 All fees are in CNY and include VAT. Fees are non-refundable except as stated in clause 13. API calls beyond the annual allowance are charged at CNY 0.08 per call and are invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance.
6.2 Support requests are classified as: Critical (API or dashboard unavailable or data feeds stopped for all regions); High (one data set or region unavailable or delayed by more than 24 hours); Normal (other questions).
6.3 Provider shall respond to Critical requests within 8 hours, to High requests within 1 business day and to Normal requests within 3 business days. Support is provided by e-mail and a ticket portal in English and Chinese.
6.4 If monthly availability falls below the level in 6.1, Provider shall credit 5% of the monthly equivalent of the subscription fee for each full 0.1 percentage point below it, up to 50% of the monthly equivalent. Credits are applied to the next invoice or refunded at the end of the term.

7. CUSTOMER DATA

7.1 Customer retains ownership of Customer Data.
7.2 Provider may use Customer Data to provide the Data Services to Customer.
7.3 Customer grants Provider a perpetual, worldwide, royalty-free licence to use Customer Data in aggregated and de-identified form, combined with data from other customers, to calibrate and improve Provider's yield models and to publish regional market and supply indicators to other subscribers. This licence survives the end of this Agreement.

8. DATA SECURITY

8.1 Provider shall protect Customer Data with industry-standard measures, including encryption in transit and at rest, multi-factor authentication for its staff, role-based access and logging of access to Customer Data.
8.2 Customer Data that identifies Customer's suppliers shall be stored on servers located in mainland China operated by Provider's hosting provider listed in Annex B.
8.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take remedial action and shall be responsible for losses suffered by Customer as a result of a breach attributable to Provider.

9. INTELLECTUAL PROPERTY

9.1 Provider owns the Data Services, its models and the data it supplies. Customer may use the supplied data for its internal business purposes during the Subscription Term and may keep reports and analyses produced from it after the term.
9.2 Custom Work belongs to Customer. Provider shall deliver the source code of the connectors at set-up acceptance. Customer may use, modify and license the Custom Work freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including Customer's purchase volumes and supplier names, and shall not disclose it to any third party without prior written consent, subject to clause 7.3. This obligation continues for three years after the end of this Agreement.

11. SUBCONTRACTING

11.1 Provider may use the hosting provider listed in Annex B. Provider shall not subcontract any other part of the Data Services or the set-up work without Customer's prior written consent and is responsible for its subcontractors.

12. LIABILITY

12.1 Neither party is liable for indirect or consequential loss or loss of profit, including trading losses based on forecasts. Forecasts are estimates and Provider does not guarantee crop outcomes.
12.2 Each party's total liability under this Agreement is limited to two times the total fees stated in clause 5.1, except for breach of clauses 8 and 10, infringement of intellectual property and wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.
13.2 If Customer terminates under 13.1, Provider shall refund the unused part of the subscription fees paid in advance.
13.3 On termination, Provider shall return Customer Data and then delete it within 30 days, except as permitted by clause 7.3.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

15. GENERAL

15.1 Annex A lists the sourcing regions and data sets; Annex B lists the hosting provider.
15.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing.
15.3 Neither party may assign this Agreement without the other's prior written consent.

Signed for Customer: ____________________ Date: __________
Signed for Provider: ____________________ Date: __________
"""

# ---------------------------------------------------------------- files
FILES = {
    "h630z01": ("h630z01_survey_results_management_platform.pdf", "zh", "software", Z01),
    "h630z02": ("h630z02_bearing_grinding_line_control_retrofit.docx", "zh", "hardware", Z02),
    "h630z03": ("h630z03_coffee_chain_ordering_membership_saas.txt", "zh", "cloud", Z03),
    "h630z04": ("h630z04_customs_inspection_system_om_service.txt", "zh", "services", Z04),
    "h630z05": ("h630z05_vinegar_fermentation_records_supplier_template.md", "zh", "software", Z05),
    "h630e01": ("h630e01_coffee_quality_software_licence_bogota_vendor.pdf", "en", "software", E01),
    "h630e02": ("h630e02_learning_saas_order_form_medellin_vendor.md", "en", "cloud", E02),
    "h630e03": ("h630e03_cold_chain_sensors_monitoring_licence_cali_vendor.docx", "en", "hardware", E03),
    "h630e04": ("h630e04_managed_service_desk_36_months_barranquilla_vendor.md", "en", "services", E04),
    "h630e05": ("h630e05_crop_data_api_subscription_bucaramanga_vendor.txt", "en", "cloud", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# terms in KEYS order; extra: sla_clause, ld_stated, [capped], deemed, value; plus design: fee base, forum outside
T = {
    "h630z01": ([99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False, "PRC", G],
                dict(sla=True, ld=True, capped=True, deemed=False, value=2198000, base=1160000, forum_out=False)),
    "h630z02": ([None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 7, False, True, True, "PRC", G],
                dict(sla=True, ld=True, capped=True, deemed=False, value=1636000, base=1300000, forum_out=False)),
    "h630z03": ([99.5, 0.5, True, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", S],
                dict(sla=True, ld=True, deemed=False, value=616000, forum_out=False)),
    "h630z04": ([99.95, 8, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S],
                dict(sla=True, ld=True, deemed=False, value=583200, forum_out=False)),
    "h630z05": ([None, None, False, "supplier", True, False, True, None, None, 832000 / 1280000 * 100, False, False, 6, 25, False, True, None, None, G],
                dict(sla=False, ld=False, capped=True, deemed=True, value=1280000, base=980000, forum_out=False)),
    "h630e01": ([None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False, "Colombia", G],
                dict(sla=True, ld=True, capped=True, deemed=False, value=1756000, base=1240000, forum_out=True)),
    "h630e02": ([99.95, 1, False, "buyer", True, True, True, 300 / 498800 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
                dict(sla=True, ld=True, deemed=False, value=498800, forum_out=False)),
    "h630e03": ([None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 6, False, True, False, "PRC", G],
                dict(sla=True, ld=True, capped=True, deemed=False, value=1300000, base=1057400, forum_out=False)),
    "h630e04": ([None, 0.25, True, "buyer", False, True, True, 1200 / 1746000 * 100, 150, None, True, None, None, None, False, False, False, "PRC", S],
                dict(sla=True, ld=True, deemed=False, value=1746000, forum_out=False)),
    "h630e05": ([99.95, 8, True, "buyer", True, False, True, 600 / 888000 * 100, 200, 476000 / 888000 * 100, True, None, None, None, False, True, False, "PRC", S],
                dict(sla=True, ld=True, deemed=False, value=888000, forum_out=False)),
}

DESIGN = {
    "h630z01": [],
    "h630z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h630z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h630z04": ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"],
    "h630z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h630e01": ["CR-GOVERNING-LAW"],
    "h630e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "h630e03": [],
    "h630e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h630e05": ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SLA-RESPONSE"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE = 40


def tco_share(t, d):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (d["value"] + fees) * 100


def derive(t, d):
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, d)
        if share is not None and share > TCO_SHARE:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
ZHN = "零一二三四五六七八九十百两点"
PATTERNS = [
    r"(?<![\d.])(?:30|15|40|100|99\.9|0\.05)(?![\d])(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|一百|九十九点九|零点零五)(?![" + ZHN + "])",
    r"(?<![" + ZHN + "])[三四]成",
    r"(?i)\b(?:thirty|fifteen|forty|one\s+hundred)[\s-]*(?:percent|per\s*cent)",
    r"万分之五(?![" + ZHN + "])",
    r"(?i)(?<![\d.,])4\s*(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?i)\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![" + ZHN + "])四(?:个)?小时",
    r"(?i)(?<![\d.,])12\s*(?:个月|months?\b|-month)",
    r"十二个月",
    r"(?i)\btwelve[\s-]*(?:\(12\)\s*)?(?:calendar\s*)?months?",
    r"(?i)(?<![\d.,])1\s*years?\b|\bone[\s-]*years?\b",
    r"(?<![" + ZHN + "第每])一年|(?<![\d.,])1年",
]
SCAN = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["预付款为30%", "30 %", "百分之三十", "15%", "40 %", "100%", "99.9%", "0.05%", "万分之五", "4小时", "4 hours",
            "四小时", "12个月", "12 months", "十二个月", "twelve months", "one year", "一年内", "30.0%", "forty percent",
            "4 h", "1 year", "three成".replace("three", "三")]
MUST_MISS = ["130%", "35%", "99.95%", "0.055%", "百分之三十五", "万分之五十", "24小时", "24 hours", "二十四小时", "112个月",
             "2025年12月", "14 hours", "每年", "第一年", "415%", "1.4 hours", "150%"]


def hits(text):
    return [m.group(0) for p in SCAN for m in p.finditer(text)]


for s in MUST_HIT:
    assert hits(s), ("must hit", s)
for s in MUST_MISS:
    assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    name, lang, cat, _ = FILES[key]
    vals, d = T[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": derive(terms, d)}


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    rich = {k: v[3] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write(rich, {k: (FILES[k][0], FILES[k][0].rsplit(".", 1)[1]) for k in rich}, OUT, wrap_words=True)
    for k, (name, lang, cat, src) in FILES.items():
        if k not in rich:
            (OUT / name).write_text(src, encoding="utf-8")
    fired = set()
    for k, (name, lang, cat, src) in FILES.items():
        lab = label(k)
        t = lab["expected_terms"]
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        fired |= set(lab["expected_rules"])
        for f, th in THRESH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        for v in list(t.values()) + list(lab["expected_extra"].values()):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert all(abs(v - th) > 1e-9 for th in list(THRESH.values()) + [TCO_SHARE]), (k, v)
        share = tco_share(t, T[k][1])
        if share is not None:
            assert abs(share - TCO_SHARE) > 2, (k, share)
        text = read_back(OUT / name)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            assert not hits(variant), (k, hits(variant))
        n = len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print("%-62s %-4s %5d  share=%s  %s  %s" % (name, lang, n, None if share is None else round(share, 2),
                                                     risk(lab["expected_rules"]), ", ".join(lab["expected_rules"]) or "(none)"))
        assert lo <= n <= hi, (k, n)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    print("all checks passed")
