"""holdout239: builds ten ordinary draft contracts (.md/.txt directly, .docx/.pdf via ../word_pdf.py), writes the
labels, re-applies the policy rules to them, asserts sums and figures, and scans the read-back text for thresholds.
Run with /work/main/.venv/bin/python."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:社区矫正智慧监管平台建设项目政府采购合同
P:合同编号：LJSF-ZC-2027-0316　　采购项目编号：LJCG2027-GK-0142（公开招标）
P:采购人（甲方）：临江市司法局　　地址：临江市政务中心北楼六层
P:供应商（乙方）：苏州衡矩信息技术有限公司　　地址：苏州市工业园区星湖街218号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市社区矫正智慧监管平台建设项目达成如下协议，共同遵守。招标文件、投标文件、澄清及承诺文件均为本合同的组成部分，内容不一致时以有利于甲方的文件为准。
H:第一条　项目内容
P:1.1 乙方为甲方建设社区矫正智慧监管平台，包括：矫正对象信息管理、电子定位与越界预警、每日报到与远程视频点验、教育学习与公益活动记录、风险评估模型、移动执法终端应用，以及与省社区矫正一体化平台、公安人口信息系统、法院判决信息共享接口的对接。
P:1.2 平台部署于临江市政务云，乙方提供平台软件许可、定制开发、部署实施、数据迁移和培训服务，交付物清单见附件一。
P:1.3 项目工期：自合同签订之日起一百五十日内完成部署并通过初步验收。
H:第二条　合同价款
P:2.1 本合同总价为人民币贰佰贰拾万元整（¥2,200,000.00），含税，为固定总价。除甲方书面确认的需求变更外，甲方不再支付其他费用。
P:2.2 分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|社区矫正监管平台软件许可（永久，不限用户数）|1套|1,180,000
TB:2|定制开发（风险评估模型、三方接口、移动端）|1项|760,000
TB:3|部署实施及数据迁移|1项|214,000
TB:4|培训（管理员与矫正工作人员）|1项|46,000
TB:合计|—|—|2,200,000
H:第三条　付款方式
P:3.1 合同签订且乙方提交等额履约保函后十五个工作日内，甲方支付合同总价的20%，即¥440,000，作为预付款。
P:3.2 平台通过初步验收并上线试运行后，甲方支付合同总价的45%，即¥990,000。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即¥770,000。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方按财政国库集中支付程序付款，因财政审批程序产生的合理时间不视为甲方逾期。
H:第四条　验收
P:4.1 初步验收：平台部署完成后，乙方提交功能测试报告，甲方组织专家按附件二所列功能清单逐项测试。验收标准包括：功能清单全部实现；定位数据刷新间隔不超过60秒；越界预警从触发到推送至工作人员终端不超过30秒；500名工作人员并发访问时页面响应不超过3秒；与三方接口连续七日数据交换无差错。
P:4.2 试运行期为九十日。试运行期间未发生一级故障、且第三方安全测评和商用密码应用安全性评估均通过的，甲方组织最终验收，出具最终验收报告。
P:4.3 平台上线、试运行、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，费用由乙方承担。
H:第五条　服务水平
P:5.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三日经甲方同意且不计入不可用时间。
P:5.2 故障分级及响应：一级故障（平台整体不可用、定位或预警功能中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能异常）2小时内响应，24小时内解决；三级故障（咨询及一般问题）1个工作日内答复。
P:5.3 服务违约扣款：响应或恢复每超时1小时，扣减¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣款从应付款项或履约保证金中扣除。
H:第六条　质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方可与乙方另行签订维护合同。年度维护费不超过软件许可费用的9%，即每年不超过¥106,200，且质保期满后三年内不上调。维护合同须经双方书面签订，不自动续期。
H:第七条　知识产权
P:7.1 平台软件的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在本市社区矫正工作范围内不限用户数使用。
P:7.2 为本项目定制开发的风险评估模型、接口程序、移动端应用及其源代码、技术文档的知识产权归甲方所有。甲方可自行或委托第三方使用、修改和再开发，乙方应在最终验收时交付完整源代码。
P:7.3 乙方保证其交付成果不侵犯第三方权利，因侵权引起的全部责任由乙方承担。
H:第八条　数据安全
P:8.1 矫正对象身份信息、定位轨迹、视频点验记录、评估结果等全部数据归甲方所有。乙方仅可为履行本合同处理该等数据，不得用于任何其他目的，不得留存、复制或向任何第三方提供。
P:8.2 乙方应落实网络安全等级保护第三级要求，对数据加密存储和传输，运维操作须经堡垒机并全程审计，账号实行最小权限。乙方人员须签署个人承诺书。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方，立即采取处置措施，并承担由此造成的全部责任和损失，包括监管处罚和第三方索赔。
H:第九条　保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、矫正对象信息和系统配置负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十条　违约责任
P:10.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的成果不符合约定的，应无偿整改；整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项、赔偿损失。
P:10.3 本合同项下乙方的赔偿责任以甲方的实际损失为准，违约金不足以弥补损失的，乙方应补足。
H:第十一条　分包
P:11.1 乙方不得将本项目转包或分包给任何第三方。
H:第十二条　合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同，互不承担违约责任。
H:第十二条之一　项目管理与人员
P:乙方应指定具有同类政法信息化项目经验的项目经理一名，并组建不少于六人的实施团队，人员名单作为本合同附件。项目经理在项目实施期间不得更换，确需更换的须经甲方书面同意。乙方人员进入甲方办公场所和政务云机房，应遵守甲方的安全保卫和保密管理规定，并接受甲方的政治审查。
P:乙方每两周向甲方提交项目进度报告，说明已完成工作、存在问题和下阶段计划；甲方有权随时检查项目进度和质量，对不符合要求的工作提出书面整改意见，乙方应在五个工作日内整改完毕。
H:第十三条　法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条　其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。附件一：交付物清单；附件二：验收功能清单；附件三：服务响应联系人表。
P:甲方（盖章）：临江市司法局　　法定代表人或授权代表：__________　　日期：____年__月__日
P:乙方（盖章）：苏州衡矩信息技术有限公司　　法定代表人或授权代表：__________　　日期：____年__月__日
"""
SRC["z02"] = """T:瓶坯在线视觉检测系统采购及安装合同
P:合同编号：HYPK-SB-2027-021
P:甲方（买方）：海源瓶坯包装（佛山）有限公司，住所：佛山市三水区乐平镇工业大道16号
P:乙方（卖方）：广州明眸智能视觉科技有限公司，住所：广州市黄埔区科学大道99号
P:鉴于甲方在三水工厂有八条PET瓶坯注塑生产线，需对瓶坯口部、瓶身和底部缺陷进行在线检测与自动剔除；乙方具备相应的视觉检测设备和算法能力。双方经友好协商，订立本合同。
H:第1条　合同标的
P:1.1 乙方向甲方提供八套瓶坯在线视觉检测工位（每套含高速工业相机四台、环形及背光光源、检测控制器、剔除机构）及中央管理服务器和检测软件，并负责安装、调试、缺陷模型训练和操作培训。
P:1.2 检测范围：口部缺口、螺纹缺损、毛边、结晶发白、黑点杂质、气泡、偏心、底部注点拉丝等十二类缺陷。检测速度须匹配每条线每小时不少于三万六千支的产能。
P:1.3 交货地点为甲方三水工厂。乙方应在合同生效后七十五日内完成全部设备到货，到货后三十日内完成安装调试。
H:第2条　价格
P:2.1 合同总价为人民币壹佰伍拾贰万元整（¥1,520,000），含13%增值税、运输、保险、安装及培训费用。
P:2.2 价格构成：视觉检测工位八套，单价¥148,000，合计¥1,184,000；中央管理服务器及检测软件一套¥226,000；以上设备及软件小计¥1,410,000；安装调试及模型训练¥86,000；操作与维护培训¥24,000。
H:第3条　付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%，即¥304,000。
P:3.2 全部设备到货并安装完毕，经甲方签收后，甲方支付合同总价的50%，即¥760,000。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的25%，即¥380,000。
P:3.4 剩余5%，即¥76,000，作为质量保证金，在质保期满且无未决质量问题时无息支付。
H:第4条　验收
P:4.1 安装调试完成后进入连续试生产考核期二十个工作日。考核以甲方提供的标准缺陷样件库和在线实际生产为准，验收标准为：十二类缺陷综合检出率不低于99.5%；误剔率不高于0.3%；检测节拍不影响生产线额定速度；剔除动作准确率不低于99.8%；数据上传服务器无丢失。
P:4.2 考核期满双方共同签署最终验收报告。任一项指标不达标的，乙方应在十个工作日内整改后重新考核。设备投入使用、甲方签收或付款均不视为最终验收。
H:第5条　质量保证
P:5.1 质保期为二十四个月，自最终验收之日起计算。质保期内因设备或软件本身原因出现的故障，乙方免费修理或更换，并免费提供软件升级和缺陷模型优化。
P:5.2 质保期内，甲方发现故障后通知乙方，乙方接到通知后应尽快安排工程师远程或到厂处理，双方另有约定的除外。
P:5.3 乙方应在工厂备存相机、光源、控制板等易损备件，备件清单经甲方确认。
H:第6条　质保期满后的维保服务
P:6.1 质保期满后，乙方按年提供维保服务，内容包括每季度一次现场巡检和相机标定、软件升级、备件更换（不含人为损坏）、缺陷模型的季节性再训练。
P:6.2 年度维保费按设备及软件小计的18%计取，即每年¥253,800，质保期满后首三年按此固定价格执行，不作调整。维保合同每年由双方书面续签。
H:第7条　知识产权
P:7.1 检测软件及其底层算法的知识产权归乙方所有，甲方享有永久使用权，可在其工厂内不限工位使用。
P:7.2 乙方为甲方产品型号训练的缺陷识别模型、参数文件、检测配方、甲方样件图像库的知识产权归甲方所有，甲方有权自行或委托他人使用和修改。乙方应在验收时交付模型文件和参数说明。
H:第8条　数据与信息安全
P:8.1 检测图像、生产统计、工艺参数、配方等数据均属于甲方，乙方仅为履行本合同使用，不得复制带离工厂，不得用于其他客户项目或任何其他目的。
P:8.2 检测服务器部署在甲方内网，乙方远程维护须每次经甲方批准并通过甲方提供的VPN进行，操作记录留存。乙方应采取病毒防护、账号权限控制、数据备份等安全措施。
P:8.3 因乙方原因导致甲方数据泄露、损坏或生产系统被攻击的，乙方应在发现后2小时内通知甲方，采取补救措施，并赔偿甲方全部损失。
H:第9条　保密
P:9.1 双方对在合作中获知的对方技术资料、商业信息、产品配方和客户信息负有保密义务，保密期限至该信息公开之日止，不因本合同终止而失效。
H:第10条　违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 设备质量不符合合同约定的，乙方应负责更换或退货，并赔偿甲方因此造成的损失。
H:第11条　分包
P:11.1 乙方不得将本合同项下的主要工作分包；辅助性的机械安装如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第12条　解除
P:12.1 乙方逾期交货超过三十日，或验收两次不合格，或有其他严重违约行为经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第12条之二　培训与技术资料
P:12.2.1 乙方应为甲方提供两期操作培训和一期维护培训。操作培训对象为各生产线班组长和质检员，内容包括检测界面操作、报警处理、剔除记录查询和日常清洁；维护培训对象为设备科技术员，内容包括相机与光源更换、标定、参数备份与恢复、常见故障判断。
P:12.2.2 乙方应在最终验收前向甲方交付设备安装图、电气原理图、操作手册、维护手册、备件清单、软件安装介质和参数备份文件各一套，纸质版和电子版各一份。资料不全的，甲方有权暂缓支付验收款。
H:第12条之三　安全生产与现场管理
P:12.3.1 乙方人员进入甲方车间应遵守甲方安全生产、食品级洁净区和动火作业管理制度，穿戴防护用品。因乙方人员违反规定造成人身伤害或财产损失的，由乙方承担责任。
P:12.3.2 安装调试须在甲方安排的停线窗口内进行，乙方应提前三个工作日提交施工方案，经甲方设备科确认后实施，不得影响非改造生产线的正常生产。
H:第12条之四　不可抗力
P:12.4.1 因地震、台风、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:第12条之五　通知
P:12.5.1 双方的通知以书面方式送达合同首页地址，或发送至双方项目负责人的电子邮箱。紧急故障可先以电话通知，事后补发书面通知。
H:第13条　争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第14条　其他
P:14.1 本合同一式四份，双方各执二份，经双方签字盖章后生效。
P:14.2 附件：设备配置清单、缺陷分类及样件说明、验收测试方案，均为本合同组成部分。
P:甲方：海源瓶坯包装（佛山）有限公司（盖章）　　代表：__________　　日期：__________
P:乙方：广州明眸智能视觉科技有限公司（盖章）　　代表：__________　　日期：__________
"""
SRC["z03"] = """T:“童园通”考勤与家园共育平台软件服务合同
P:合同编号：XYJY-SaaS-2027-008
P:甲方：长沙星苑教育管理有限公司（星苑幼儿园连锁，下属三十个园区）
P:乙方：杭州朝露云科技有限公司
P:甲方拟在全部园区统一使用幼儿考勤、接送核验、家长通知、成长档案和缴费提醒的线上服务，乙方以软件即服务（SaaS）方式提供“童园通”平台并负责实施。双方订立本合同如下。
H:一、服务内容
P:（一）乙方为甲方开通“童园通”平台机构版，覆盖甲方三十个园区，包括：刷卡及人脸入园考勤、接送人身份核验、晨午检记录、家长端小程序通知与回执、班级相册、成长档案、食谱发布、缴费提醒、园长驾驶舱。
P:（二）实施服务包括：三十个园区的组织架构和班级数据初始化、在册幼儿及家长信息导入、考勤闸机与人脸终端对接（终端由甲方另行采购）、与甲方财务系统的缴费数据接口、管理员及教师培训。
P:（三）服务期限为三十六个月，自平台上线验收合格次日起算。
H:二、费用
P:（一）订阅费：每个园区每月人民币800元，三十个园区每月合计24,000元，三十六个月合计864,000元。
P:（二）实施费：一次性人民币68,000元。
P:（三）合同总金额为人民币932,000元（大写：玖拾叁万贰仟元整），含税。
TB:项目|计价方式|金额（元）
TB:平台订阅费|800元/园/月 × 30园 × 36个月|864,000
TB:实施服务费|一次性|68,000
TB:合计||932,000
H:三、付款
P:（一）实施费在平台上线验收合格后十五日内一次支付。
P:（二）订阅费按季度后付，每季度结束后十日内由乙方开具发票，甲方于收到发票后十五日内支付当季订阅费72,000元。甲方不预付任何费用。
H:四、上线与验收
P:（一）乙方应于合同签订后四十五日内完成全部园区的初始化、数据导入和终端对接，提交上线申请。
P:（二）上线验收标准：三十个园区考勤数据实时上传，刷卡或刷脸到家长收到入园通知不超过10秒；幼儿及家长信息导入准确率经抽查无差错；缴费接口对账一致；每园至少两名教师完成培训并能独立操作。甲方在收到申请后十个工作日内组织验收并书面确认。
P:（三）平台开通或甲方试用不视为验收合格；验收不通过的，乙方应在七日内整改后重新申请。
P:（四）乙方未按期提交上线申请或经两次整改仍不能通过验收的，每逾期一日向甲方支付违约金700元。
H:五、服务水平
P:（一）乙方承诺平台每月可用率不低于99.5%（不含提前48小时通知且在晚间22点至次日6点进行的维护）。
P:（二）故障响应：一级故障（平台或考勤功能不可用）乙方应在1小时内响应、3小时内恢复；二级故障（部分功能异常）当日响应、两个工作日内修复；三级问题通过客服工单在两个工作日内答复。
P:（三）服务补偿：月可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，最高为当月订阅费的50%；一级故障响应超时的，每次抵扣2,000元。抵扣在下季度订阅费中扣减。
H:六、数据与信息安全
P:（一）甲方及各园区录入或产生的幼儿、家长、教职工信息、考勤记录、影像资料及缴费信息（“园所数据”）归甲方所有。
P:（二）乙方应按照《个人信息保护法》《儿童个人信息网络保护规定》处理园所数据，数据存储于境内，采用加密存储与传输、访问权限分级、操作日志留存不少于六个月等措施，平台须通过网络安全等级保护第三级测评。
P:（三）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施，配合甲方向家长和监管部门说明，并承担由此造成的全部损失。
P:（四）在去除可识别个人身份的信息后，乙方有权将园所数据中的考勤、活动和缴费统计数据汇总用于平台功能改进、行业分析报告和新产品研发，该项使用在合同终止后仍可继续。
P:（五）合同终止后三十日内，乙方应向甲方完整导出园所数据，并在甲方确认后删除平台中的甲方数据。
H:七、保密
P:双方对因本合同获知的对方商业信息、技术资料以及幼儿和家长的个人信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:八、知识产权
P:（一）“童园通”平台及其源代码的知识产权归乙方所有。
P:（二）乙方为甲方定制的园所通知模板、报表样式、驾驶舱配置以及甲方提供的课程和食谱资料归甲方所有，甲方可自由使用、修改并交由第三方使用。
H:九、续期
P:服务期满前三十日内任何一方未书面提出不再续约的，本合同自动续期，每次续期二十四个月。续期时乙方有权上调园区订阅单价，上调幅度不超过届时单价的8%，并以书面通知甲方为准。
H:十、分包
P:乙方不得将实施服务分包给第三方；确需委托当地服务商协助终端对接的，须事先取得甲方书面同意，乙方对其行为负责。
H:十一、违约与解除
P:（一）任何一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同并要求赔偿损失。
P:（二）平台连续两个月可用率低于97%的，甲方有权解除合同，乙方应退还已支付但未使用期间的费用。
H:十一之一、双方其他义务
P:（一）甲方应指定一名项目联系人，负责协调各园区提供班级和幼儿信息，按约定时间完成园区网络和终端的准备工作。因甲方准备不及时造成上线推迟的，乙方的期限相应顺延。
P:（二）乙方应为甲方配备专属客户成功经理一名，每季度到甲方总部进行一次服务回顾，分析各园区使用情况、家长活跃度和故障处理情况，并提出改进建议。
P:（三）乙方应为新入职教师提供在线培训课程，每学期开学前为各园区组织一次集中在线培训，不另行收费。
P:（四）平台版本升级涉及家长端使用方式变化的，乙方应提前十五日通知甲方，并提供通知家长的说明材料。
H:十一之二、不可抗力
P:因自然灾害、公共卫生事件、通信运营商大面积故障等不可抗力导致服务中断的，受影响方应及时通知对方并采取措施减少损失；该期间不计入可用率考核，但乙方应在不可抗力消除后尽快恢复服务。
H:十一之三、通知与送达
P:本合同项下的通知应以书面形式发送至合同首页所列地址或双方确认的电子邮箱，电子邮件发出即视为送达，纸质文件以签收为准。任何一方联系方式变更的，应在三日内书面通知对方。
H:十一之四、园区增减
P:甲方新开设园区需接入平台的，按每园每月800元的单价增加订阅费，自该园区开通之日起按月计算；甲方关闭园区的，自次月起相应减少订阅费，但在服务期内减少的园区数量累计不超过六个。园区增减应提前十五日书面通知乙方，乙方在收到通知后五个工作日内完成开通或停用，并协助导出停用园区的数据。
H:十一之五、账号管理
P:甲方总部管理员可为各园区设置园长、教师和保健医账号并分配权限；教职工离职的，园区应在当日停用其账号。乙方应提供账号操作日志查询功能，供甲方定期核查。
H:十二、法律适用与争议
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、其他
P:本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：园区名单、功能清单、验收单样式。
P:甲方（盖章）：长沙星苑教育管理有限公司　　授权代表：__________　　日期：__________
P:乙方（盖章）：杭州朝露云科技有限公司　　授权代表：__________　　日期：__________
"""
SRC["z04"] = """T:特种设备（电梯）安全监管平台年度运行维护服务合同
P:项目名称：2027年度特种设备安全监管平台运维服务（竞争性谈判）　　合同编号：JXSJ-YW-2027-05
P:甲方：江夏区市场监督管理局
P:乙方：武汉安梯数联科技有限公司
P:根据竞争性谈判文件、乙方最后报价及成交通知书，甲方委托乙方承担区特种设备（电梯）安全监管平台的年度运行维护服务，双方签订本合同。
H:1. 服务范围
P:1.1 平台现状：平台汇集辖区内约一万一千台在用电梯的使用登记、定期检验、维保记录、困人故障报警、应急救援处置和96333电梯应急处置服务信息，用户包括甲方监管人员、各街道网格员、维保单位和使用单位。
P:1.2 运维内容：（1）平台应用、数据库、中间件及服务器的日常巡检和监控；（2）电梯物联网采集终端接入数据的质量治理和异常数据处理；（3）与省特种设备信息化平台、区城市运行管理中心的数据对接维护；（4）安全加固、漏洞修复及配合等级保护测评；（5）应急救援值守保障和节假日重点时段值班；（6）用户培训和应急演练。
P:1.3 服务期：2027年1月1日至2027年12月31日。乙方安排两名驻场工程师，工作日8:30至17:30驻场，其余时间远程值守。
H:2. 服务费用
P:2.1 服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包括人工、差旅、工具及税费。
TB:服务项目|金额（元）
TB:平台运行维护及驻场服务|312,000
TB:数据对接维护与质量治理|96,000
TB:安全加固与等保测评配合|48,000
TB:应急演练及培训|30,000
TB:合计|486,000
P:2.2 付款：服务费按季度支付，每季度服务考核合格后，甲方于十五个工作日内支付当季服务费¥121,500。本合同不设预付款。
H:3. 服务要求与考核
P:3.1 平台年度可用率不低于99.95%，每月统计一次。
P:3.2 故障分级：一级故障指平台整体不可用、困人报警信息无法推送或与96333中心数据中断；二级故障指部分功能不可用或单个接口中断；三级故障指一般性问题。
P:3.3 响应时限：一级故障乙方应在20分钟内响应，1小时内到场，3小时内恢复；二级故障1小时内响应，8小时内解决；三级故障两个工作日内解决。
P:3.4 季度考核：甲方按附件所列考核表对可用率、故障处理时限、巡检记录、数据质量（终端在线率、数据完整率）和文档提交情况进行评分，满分一百分，八十五分及以上为合格。季度考核为付款依据；年末由甲方对全年服务进行总体验收。
P:3.5 扣款：可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500；一级故障响应或恢复每超时半小时，扣减¥800；季度考核不合格的，扣减当季服务费的10%，乙方须提交整改报告。
H:4. 交付事项
P:4.1 乙方应于2027年6月30日前完成平台中间件和操作系统的安全加固，于2027年9月30日前完成等级保护测评整改配合并取得测评报告，于每季度首月十日前提交上季度运维报告。
P:4.2 乙方未按上述期限完成交付事项的，每逾期一日，按合同总额的万分之三向甲方支付违约金。
H:5. 数据安全
P:5.1 平台中的电梯设备信息、使用单位信息、维保记录、报警及救援数据均属于甲方，乙方仅能为本合同运维目的访问，不得下载、复制、留存或向第三方提供。
P:5.2 乙方运维须通过甲方堡垒机进行，所有操作全程记录；乙方账号实行实名制和最小授权，驻场人员离岗当日注销账号。
P:5.3 乙方应执行数据备份策略，每日增量备份、每周全量备份，并每季度进行一次恢复演练。
P:5.4 发生数据泄露、丢失或系统被入侵的，乙方应在1小时内向甲方报告，立即处置并配合调查；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。
H:6. 人员管理
P:6.1 驻场工程师应具备相应的系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前十日书面报甲方同意，新人员能力不低于原人员。
P:6.2 乙方人员应遵守甲方办公场所管理规定，乙方应为其人员缴纳社会保险，人员的劳动关系及安全责任由乙方负责。
H:7. 知识产权
P:7.1 运维期间形成的运维文档、巡检报告、脚本、数据治理规则和应急预案归甲方所有，甲方可自由使用和修改。
P:7.2 乙方保证其使用的工具软件有合法授权。
H:8. 转包与分包
P:8.1 乙方不得转包或分包本合同项下的服务。
H:9. 合同解除
P:9.1 乙方连续两个季度考核不合格，或发生一级故障未按约处理造成严重后果，或有其他严重违约行为经甲方书面通知后十日内未改正的，甲方有权解除本合同，按实际服务期结算费用，并要求乙方赔偿损失。
H:10. 合同期满
P:10.1 服务期满本合同终止，不自动续期。甲方如需继续采购，应依法重新履行采购程序。乙方应在期满前配合甲方完成交接，移交全部文档、账号和脚本。
H:10A. 交接与资料移交
P:10A.1 服务开始前十个工作日内，乙方应会同原运维单位完成交接，核对服务器、数据库、中间件、网络设备的账号和配置，形成交接清单，经甲方确认后签字。交接中发现的遗留问题由甲方协调原运维单位处理，乙方应提出处理建议。
P:10A.2 乙方应建立并维护平台资产台账和配置管理库，记录服务器、软件版本、接口地址和证书有效期，每季度更新一次并报甲方备案。
H:10B. 廉洁与人员纪律
P:10B.1 乙方及其人员不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，不得利用平台权限为使用单位或维保单位办理任何事项。
P:10B.2 乙方人员应服从甲方的工作安排和考勤管理，在重大活动、汛期和节假日期间按甲方要求加强值守。发现电梯困人报警未被及时处置的，驻场人员应立即向甲方值班人员报告。
P:10B.3 乙方人员违反工作纪律或不能胜任工作的，甲方有权要求更换，乙方应在五个工作日内派出合格人员。
H:10C. 不可抗力
P:10C.1 因自然灾害、电力或通信网络大面积中断等不可抗力导致不能按约提供服务的，受影响方应及时通知对方并尽力减少损失，相应期间不计入考核；不可抗力消除后乙方应立即恢复服务。
H:10D. 服务报告与年度验收
P:10D.1 乙方应于每月五日前提交上月运维月报，内容包括平台运行指标、故障及处理情况、数据质量统计、安全事件和漏洞修复情况、下月工作计划。
P:10D.2 服务期满前二十日内，乙方应提交年度运维总结报告。甲方组织对全年服务进行总体验收，验收内容包括四个季度考核结果、交付事项完成情况和资料移交情况。总体验收不合格的，甲方有权按本合同约定扣减第四季度服务费，并在供应商履约评价中如实记录。
H:10E. 应急保障
P:10E.1 乙方应制定平台应急预案，报甲方审定后执行，每半年组织一次应急演练，演练记录报甲方备案。
H:11. 法律适用与争议解决
P:11.1 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，依法向甲方所在地人民法院起诉。
H:12. 其他
P:12.1 本合同未尽事宜，依照竞争性谈判文件和乙方响应文件执行。本合同一式五份，甲方三份，乙方二份。
P:甲方（盖章）：江夏区市场监督管理局　　代表：__________
P:乙方（盖章）：武汉安梯数联科技有限公司　　代表：__________
P:签订日期：2026年12月____日
"""
SRC["z05"] = """T:禾畴制造执行系统（MES）软件许可及实施合同
P:（禾畴软件标准合同文本 HC-MES-V4.0）
P:合同编号：HC2027-MES-0419
P:甲方（用户）：嘉兴春艾食品有限公司（青团及糕团类食品生产企业）
P:乙方（供应方）：上海禾畴工业软件有限公司
P:甲方因生产管理需要，向乙方购买禾畴MES系统软件许可并委托乙方进行定制开发和实施。为明确双方权利义务，依据《中华人民共和国民法典》，经协商一致，签订本合同。
H:第一条　合同内容
P:1.1 乙方向甲方提供禾畴MES标准版软件许可，包括生产计划排程、原辅料（糯米粉、艾草浆、豆沙、咸蛋黄等）批次追溯、配料称量、蒸制及冷却工序记录、速冻及包装管理、质量检验、设备管理、车间看板等模块。
P:1.2 定制开发内容：艾草浆季节性配比管理、保质期及冷链温度追溯、与甲方现有ERP和电子秤的接口、食品安全追溯码生成与查询页面、客户订单的分仓发货报表。
P:1.3 实施服务包括需求调研、系统部署、基础数据初始化、上线支持和用户培训。部署地点为甲方嘉兴工厂机房。
H:第二条　合同金额
P:2.1 合同总金额为人民币壹佰壹拾伍万元整（¥1,150,000），包括：MES标准版软件许可费¥560,000；定制开发费¥480,000；实施及培训费¥110,000。
P:2.2 上述金额不含硬件、操作系统、数据库及第三方软件费用，该等费用由甲方自行承担。
H:第三条　付款方式
P:3.1 本合同签订后五个工作日内，甲方支付合同总金额的50%，即¥575,000。
P:3.2 系统上线后五个工作日内，甲方支付合同总金额的38%，即¥437,000。
P:3.3 系统上线满两个月后，甲方支付剩余12%，即¥138,000。
P:3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务。
H:第四条　项目实施
P:4.1 乙方根据双方确认的实施计划开展工作，计划工期约一百二十日。因甲方需求变更、基础数据提供不及时、现场条件不具备等原因造成的延期，工期相应顺延。
P:4.2 乙方将尽最大努力按计划完成实施。如出现进度延误，乙方应及时告知甲方并采取补救措施，双方协商调整计划。
H:第五条　上线与验收
P:5.1 系统部署完成并经乙方内部测试后即可上线。系统上线运行即视为甲方验收合格，甲方应签署上线确认单。
P:5.2 甲方在上线后提出的新增需求，不影响验收结论，由双方另行协商处理。
H:第六条　免费维护
P:6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供软件缺陷修复和远程技术支持。
P:6.2 故障响应：一级（紧急）故障，乙方在接到甲方报告后8小时内响应；二级故障在两个工作日内响应；其他问题在五个工作日内答复。
P:6.3 乙方将尽力解决故障，但不承诺解决时限。乙方未在上述时间内响应的，不承担扣款、赔偿或违约金责任。
H:第七条　维护服务
P:7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同。年度维护费按乙方届时公布的服务价格标准执行。
P:7.2 未签订维护合同的，乙方不再提供任何技术支持和软件升级。
H:第八条　知识产权
P:8.1 禾畴MES软件及其相关文档的著作权、专利权等全部知识产权归乙方所有。
P:8.2 乙方为甲方定制开发的功能模块、接口程序、报表及其源代码，知识产权亦归乙方所有。甲方仅获得在本企业内部使用的非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或再开发。
P:8.3 乙方有权将定制开发成果纳入其标准产品向其他客户销售。
H:第九条　数据安全
P:9.1 甲方在系统中录入和产生的生产、配方、质量及客户数据归甲方所有，乙方不得将其用于本合同以外的目的。
P:9.2 乙方在实施和远程维护过程中应遵守甲方的网络安全管理制度，使用甲方分配的账号，不得擅自复制、外传甲方数据；远程操作须经甲方同意。
P:9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复，并依照第十一条承担责任。
H:第十条　保密
P:10.1 双方对履行本合同过程中知悉的对方商业秘密和技术信息承担保密义务，未经对方书面许可不得向第三方披露。保密义务在合同终止后二年内有效。
H:第十一条　责任限制
P:11.1 乙方在本合同项下的全部赔偿责任，无论基于违约、侵权或其他原因，累计不超过本合同总金额的20%。
P:11.2 乙方不对甲方的间接损失、利润损失、生产停工损失、产品召回损失承担责任。
H:第十二条　分包
P:12.1 乙方可根据项目需要，将部分开发、实施工作交由其合作伙伴完成，无需另行征得甲方同意。
H:第十三条　合同解除
P:13.1 一方严重违反本合同，经另一方书面通知后三十日内仍未纠正的，另一方有权书面通知解除本合同。
P:13.2 甲方单方解除合同的，已支付款项不予退还。
H:第十三条之一　甲方义务
P:13.1.1 甲方应按乙方要求提供必要的工作场所、网络环境、服务器和数据库资源，指定项目负责人，及时确认需求文档和实施计划。
P:13.1.2 甲方应按时提供物料编码、配方、工艺路线、设备清单、人员及班组等基础数据，并对其准确性负责。因基础数据错误造成的返工，乙方有权另行收费。
P:13.1.3 甲方应组织关键用户参加培训，并在上线前完成操作考核；甲方未安排人员参加培训的，乙方不承担由此导致的操作问题。
H:第十三条之二　培训
P:13.2.1 乙方为甲方提供系统管理员培训和最终用户培训各一次，培训在甲方工厂进行，每次不超过两天。超出部分按乙方标准人天费用另行计收。
P:13.2.2 培训资料以电子版形式提供，甲方仅可在内部使用。
H:第十三条之三　项目组织
P:13.3.1 双方各自指定项目负责人，负责项目协调、需求确认和进度管理。乙方项目经理应定期向甲方通报实施进度，每周召开一次项目例会并形成会议纪要。
P:13.3.2 因甲方原因导致项目暂停超过三十日的，乙方有权要求甲方支付已完成工作对应的费用，并重新商定后续实施计划。
P:13.3.3 甲方要求乙方提供合同范围以外的服务的，双方应另行签订补充协议或按乙方标准人天费用结算。
H:第十三条之四　变更
P:13.4.1 本合同履行过程中，任何一方提出需求变更或合同变更的，应以书面形式提出，经双方签字确认后生效。需求变更导致工作量增加的，费用和工期由双方另行商定。
P:13.4.2 乙方有权根据产品规划对标准版软件进行版本调整，但应保证甲方已上线功能的正常使用。
H:第十四条　不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。
H:第十五条　法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。
H:第十六条　其他
P:16.1 本合同自双方签字盖章之日起生效。本合同一式两份，双方各执一份，具有同等法律效力。
P:16.2 本合同附件包括：功能清单、实施计划、上线确认单样式。
P:甲方（盖章）：嘉兴春艾食品有限公司　　代表：__________　　日期：__________
P:乙方（盖章）：上海禾畴工业软件有限公司　　代表：__________　　日期：__________
"""
SRC["e01"] = """T:Software Licence and Services Agreement - Lacquer Pattern Design Suite
P:Agreement No. DL-CN-2027-044
P:This Agreement is made between:
P:(1) Pingyao Tuiguang Lacquerware Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 38 Nan Dajie, Pingyao County, Jinzhong, Shanxi Province (the "Buyer"); and
P:(2) Decoro Lacche Software S.r.l., a company incorporated in Italy with its registered seat at Via del Faro 7, Isola Crevan, Italy (the "Vendor").
H:Background
P:A. The Buyer makes polished lacquerware (tuiguang qi) by hand and wishes to digitise its pattern archive and design new decorative patterns, colour layers and gold-leaf layouts on screen before they are transferred to the workshop.
P:B. The Vendor publishes the Decoro pattern design suite, which is used by lacquer, ceramics and enamel workshops, and has agreed to license it to the Buyer, install it and train the Buyer's designers on the terms below.
P:C. At the Buyer's request all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the Decoro Design Studio, the Decoro Layer Engine and the Decoro Archive Server, in the versions listed in Schedule 1, together with their documentation and any corrections or updates supplied under this Agreement.
P:1.2 "Licences" means the perpetual named-user licences granted in Clause 3.
P:1.3 "Buyer Materials" means the Buyer's existing pattern drawings, photographs, scans, colour recipes, workshop notes and any other material supplied by the Buyer.
P:1.4 "Custom Deliverables" means the Pingyao pattern library, the layer templates for the Buyer's seven product lines and the export profiles for the Buyer's engraving plotter that the Vendor prepares for the Buyer under Clause 4.
P:1.5 "Final Acceptance" means the Buyer's written confirmation under Clause 6.3.
H:2. Scope
P:2.1 The Vendor shall supply the Software, install it on the Buyer's server and fourteen workstations in Pingyao, migrate the Buyer Materials into the Archive Server, prepare the Custom Deliverables and train the Buyer's designers and administrators.
P:2.2 Installation and training shall be completed within sixty days after the Buyer confirms that its hardware is ready.
H:3. Licence
P:3.1 The Vendor grants the Buyer fourteen perpetual, non-exclusive, non-transferable named-user Licences to use the Software for the Buyer's own design and production work at any of its sites in mainland China.
P:3.2 The Buyer may reassign a Licence from one designer to another by notice in the administration console, and may make backup copies of the Software for its own use.
P:3.3 The Software remains the property of the Vendor and its licensors.
H:4. Custom Deliverables and Intellectual Property
P:4.1 The Custom Deliverables are prepared for the Buyer from the Buyer Materials. All rights in the Custom Deliverables, and in the Buyer Materials, belong to the Buyer on creation. The Buyer may use, modify, copy and license them freely, including to other software.
P:4.2 The Vendor shall deliver the Custom Deliverables in the open formats listed in Schedule 2, so that they can be used without the Software.
P:4.3 The Vendor warrants that the Software does not infringe any third party's intellectual property rights and shall defend and indemnify the Buyer against any claim that it does.
H:5. Price and Payment
P:5.1 The total Contract Price is CNY 770,000, inclusive of Chinese VAT, withholding tax and all import duties, made up as follows:
P:(a) fourteen perpetual named-user Licences at CNY 52,000 each: CNY 728,000 (the "Licence Fee");
P:(b) installation, data migration and preparation of the Custom Deliverables: CNY 26,000;
P:(c) training of designers and administrators (four days on site): CNY 16,000.
P:5.2 The Buyer shall pay 20% of the Contract Price, being CNY 154,000, within twenty days after signature of this Agreement and receipt of a valid invoice.
P:5.3 The Buyer shall pay the remaining 80%, being CNY 616,000, within thirty days after Final Acceptance.
P:5.4 All payments shall be made by bank transfer in CNY to the Vendor's account in China named in Schedule 3.
H:6. Acceptance
P:6.1 After installation the Vendor shall run the acceptance tests in Schedule 4 with the Buyer's staff. The tests check at least that: (a) all fourteen workstations open, edit and save patterns of the largest size in the Buyer's archive; (b) every migrated item in the Buyer Materials can be found in the Archive Server by product line, motif and year; (c) the layer templates reproduce the Buyer's colour sequence for each of the seven product lines; (d) files exported through the plotter profiles are cut correctly on the Buyer's engraving plotter on three sample panels; and (e) the administrators can add and remove users and restore a backup.
P:6.2 If any test fails, the Vendor shall correct the fault and repeat the test within ten working days.
P:6.3 When all tests have been passed and the Software has been used in production for twenty working days without a Severity 1 fault, the Buyer shall issue a written Final Acceptance certificate. Installation, use of the Software or payment of any amount does not constitute acceptance.
H:7. Warranty
P:7.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for six months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support under Clause 8 free of charge.
P:7.2 The Vendor warrants that the Custom Deliverables conform to Schedule 2 and shall correct any non-conformity reported during the Warranty Period.
H:8. Support
P:8.1 During the Warranty Period and any maintenance year the Vendor shall provide support in Chinese and English by telephone, e-mail and remote session.
P:8.2 Severity 1 means that the Software cannot be started or the Archive Server cannot be reached; Severity 2 means that a main function does not work; Severity 3 covers all other questions.
P:8.3 The Vendor shall respond to a Severity 1 fault within two hours and restore use within one working day; to a Severity 2 fault within one working day; and to a Severity 3 question within three working days.
P:8.4 For each full hour by which a Severity 1 response is late the Vendor shall credit CNY 500 against the next amount due, and for each working day by which a restoration is late it shall credit CNY 1,000.
H:9. Maintenance after the Warranty Period
P:9.1 After the Warranty Period the Buyer may order annual maintenance, which includes new versions of the Software, defect correction and the support in Clause 8.
P:9.2 The annual maintenance fee is 22% of the Licence Fee, being CNY 160,160 per year, fixed for the first three maintenance years. Each maintenance year is ordered by a separate purchase order from the Buyer; maintenance does not renew automatically.
H:10. Buyer Data and Security
P:10.1 The Buyer Materials, the Custom Deliverables and all designs created by the Buyer with the Software ("Buyer Data") belong to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including training of its own pattern generators.
P:10.2 The Software runs on the Buyer's server in Pingyao. The Vendor shall access it remotely only through the Buyer's VPN with an account that the Buyer opens for each session, shall keep a log of its actions and shall not transfer Buyer Data outside the Buyer's systems.
P:10.3 The Vendor shall notify the Buyer within twenty-four hours after becoming aware of any loss of or unauthorised access to Buyer Data, shall help the Buyer to contain it and shall be responsible for the losses that its breach of this Clause causes.
H:11. Confidentiality
P:11.1 Each party shall keep confidential all information of the other party that it receives under this Agreement, including the Buyer's patterns, techniques and customer lists, and shall use it only for this Agreement. This Clause survives termination.
H:12. Delay and Liability
P:12.1 If installation and training are not completed within the period in Clause 2.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to the indemnity in Clause 4.3, to breach of Clauses 10 or 11, or to wilful misconduct.
H:13. Subcontracting
P:13.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor's authorised service partner in Taiyuan named in Schedule 3 is approved by the signature of this Agreement.
H:14. Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice of it.
P:14.2 If the Buyer terminates for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid and remove the Software.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Taiyuan Arbitration Commission for arbitration in Taiyuan in accordance with its rules. The award is final and binding.
H:16. General
P:16.1 This Agreement is made in Chinese and English; both versions are equally authentic.
P:16.2 Schedules: 1 Software versions; 2 Custom Deliverables and formats; 3 Bank account and service partner; 4 Acceptance tests.
P:Signed for the Buyer: ______________________  Date: __________
P:Signed for the Vendor: ______________________  Date: __________
"""
SRC["e02"] = """T:Order Form - Kassenwerk Ticketing Cloud
P:Order Form No. KW-CN-27-0112, issued under and incorporating the Kassenwerk General Terms for Cloud Services (version 2026-11) set out in Part B below.
H:Part A - Order Form
P:Vendor: Kassenwerk Ticketing GmbH, Hafenweg 2, Insel Oie, Germany ("Kassenwerk").
P:Customer: Fujian Wuyishan Chashan Scenic Park Operation Co., Ltd., Sangu Street, Wuyishan, Fujian Province, China ("Customer").
P:A1. Services. Kassenwerk Ticketing Cloud, Park edition: online and on-site ticket sales, timed-entry quotas for the tea-mountain trails, QR and ID-card gate validation at six entrances, bamboo-raft and shuttle-bus bundles, group and school bookings, mini-program sales channel, daily settlement reports and a visitor-flow dashboard (the "Services").
P:A2. Subscription Term. Thirty-six months from the Go-Live Date.
P:A3. Currency. At Customer's request all fees are stated and invoiced in Chinese yuan (CNY) and paid to Kassenwerk's collection account in Shanghai.
P:A4. Fees.
TB:Item|Basis|Amount (CNY)
TB:Subscription, Park edition, six entrances, unlimited users|CNY 42,500 per month x 36 months|1,530,000
TB:Onboarding: configuration, gate integration, data migration, training|one-time|58,000
TB:Total Contract Value||1,588,000
P:A5. Invoicing. Subscription fees are invoiced monthly in arrears and payable within thirty days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No fee is payable in advance.
P:A6. Onboarding and Go-Live. Kassenwerk shall complete onboarding and present the Services for Go-Live Acceptance within seventy days after signature. Go-Live Acceptance tests (Annex 1) cover: sale and refund of each ticket type through each channel; validation of QR codes and ID cards at all six entrances with a result shown in under one second; timed-entry quotas enforced at every trail; the daily settlement report reconciled with the payment provider statement for three consecutive days; and a load test of 3,000 ticket sales per hour. The Go-Live Date is the date on which Customer signs the Go-Live Acceptance certificate. Switching on the Services or selling tickets before that date is not acceptance.
P:A7. Delay. If Go-Live Acceptance is delayed beyond the date in A6 for reasons attributable to Kassenwerk, Kassenwerk shall pay CNY 1,200 for each day of delay, up to CNY 90,000 in total.
P:A8. Hosting. The Services are hosted for Customer in a data centre in mainland China operated by Kassenwerk's hosting provider.
P:A9. Signatures. This Order Form becomes binding when signed by both parties. In case of conflict, Part A prevails over Part B.
H:Part B - General Terms for Cloud Services
H:1. Service Levels
P:1.1 Kassenwerk shall make the Services available 99.95% of the time in each calendar month, excluding maintenance announced at least seventy-two hours ahead and performed between 22:00 and 06:00 China time.
P:1.2 Incidents are classified as Priority 1 (ticket sales or gate validation unavailable at any entrance), Priority 2 (a function is impaired but sales continue) and Priority 3 (all other requests).
TB:Priority|Response|Restoration target
TB:Priority 1|30 minutes, 24 x 7|3 hours
TB:Priority 2|2 hours during park opening hours|next business day
TB:Priority 3|1 business day|as agreed
P:1.3 Service credits. If monthly availability falls below the commitment, Customer receives a credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to 50% of the monthly fee. For each Priority 1 incident responded to late, Customer receives a credit of CNY 1,000. Credits are deducted from the next invoice.
H:2. Customer Data
P:2.1 All data that Customer or its visitors enter into the Services, including visitor identity data, bookings, sales and gate records ("Customer Data"), belongs to Customer. Kassenwerk processes Customer Data only on Customer's instructions and only to provide the Services, and does not use it for any other purpose.
P:2.2 Kassenwerk shall keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, keep access logs for at least six months, and maintain a multi-level protection scheme level 3 filing for the hosting environment.
P:2.3 Kassenwerk shall notify Customer within twelve hours after becoming aware of a security incident affecting Customer Data, take the measures needed to contain it, support Customer's notifications to visitors and authorities, and bear the costs and losses caused by incidents attributable to Kassenwerk or its subcontractors.
P:2.4 On expiry or termination Kassenwerk shall export Customer Data in CSV format within thirty days and then delete it, confirming deletion in writing.
H:3. Confidentiality
P:3.1 Each party shall keep confidential the other party's non-public information and use it only for the purpose of the Order Form. This obligation lasts for three years after the end of the Subscription Term and, for Customer Data, indefinitely.
H:4. Intellectual Property
P:4.1 The Services, the software and all improvements remain Kassenwerk's property. Customer receives a right to use the Services during the Subscription Term.
P:4.2 Ticket types, price rules, quota settings, report layouts and other configurations created for Customer belong to Customer, which may use, modify and pass them to any successor provider.
H:5. Subcontractors
P:5.1 Kassenwerk may use affiliates, hosting providers and other subcontractors to provide the Services. Kassenwerk shall inform Customer of any new subcontractor by e-mail at least fifteen days before it starts work; no consent of Customer is required. Kassenwerk remains responsible for its subcontractors.
H:6. Term and Renewal
P:6.1 After the Subscription Term the Services renew for successive periods of twenty-four months unless either party gives notice of non-renewal at least sixty days before the end of the current period. Renewals are at the same fees as in the Order Form.
H:7. Termination
P:7.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after notice.
P:7.2 Customer may also terminate if monthly availability is below 99% in two consecutive months.
P:7.3 On termination by Customer under 7.1 or 7.2, Kassenwerk shall refund any fees paid for services not yet provided.
H:8. Liability
P:8.1 Each party's total aggregate liability arising out of or in connection with the Order Form is limited to the fees paid by Customer in the nine months preceding the event giving rise to the claim.
P:8.2 Neither party is liable for indirect or consequential loss or loss of profit. These limits do not apply to breach of Clause 2 or 3, to wilful misconduct or to personal injury.
H:9. Warranties
P:9.1 Kassenwerk warrants that the Services will perform materially in accordance with the documentation and that it holds the rights needed to provide them.
H:10. Governing Law and Jurisdiction
P:10.1 These General Terms and the Order Form are governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
P:10.2 The courts of Hamburg, Germany, have exclusive jurisdiction over any dispute arising out of or in connection with the Order Form.
H:10A. Customer Responsibilities
P:10A.1 Customer shall provide the gate hardware, network connections at each entrance and the merchant accounts of its payment providers, and shall name a project lead who can approve configurations during onboarding.
P:10A.2 Customer is responsible for the accuracy of the prices, quotas and opening hours it enters and for the content of its visitor communications.
H:10B. Force Majeure
P:10B.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics or failures of public networks, provided it informs the other party without delay and takes reasonable steps to resume performance.
H:10C. Reporting
P:10C.1 Kassenwerk shall provide Customer each month with a service report showing availability, incidents by priority, response and restoration times and credits due. The parties shall review the report in a monthly call during the first six months after Go-Live and quarterly afterwards.
P:10C.2 During the peak tea-picking and holiday seasons notified by Customer, Kassenwerk shall keep a named engineer on standby and shall not carry out planned maintenance.
H:10D. Visitor Communications
P:10D.1 Kassenwerk shall provide ticket, receipt and refund message templates in Chinese and English. Customer may change their wording at any time in the console.
H:10E. Training
P:10E.1 As part of onboarding Kassenwerk shall train Customer's ticket office supervisors, gate staff and finance team on site in Wuyishan, in Chinese, in sessions of no more than twenty people. It shall also provide short video guides for seasonal staff and update them when the Services change. Further training on request is charged at the daily rate agreed in writing.
H:10F. Payment Providers
P:10F.1 Kassenwerk shall connect the Services to the payment providers used by Customer and shall reconcile settlement files daily. Payment processing fees charged by those providers are paid by Customer directly to them and are not part of the fees in the Order Form.
H:11. Miscellaneous
P:11.1 Notices must be in writing and sent by e-mail with confirmation to the addresses in the Order Form. Changes to the Order Form must be agreed in writing.
P:11.2 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.
P:For Customer: ______________________  Name / title / date
P:For Kassenwerk Ticketing GmbH: ______________________  Name / title / date
"""
SRC["e03"] = """T:PURCHASE CONTRACT FOR WATER-QUALITY MONITORING EQUIPMENT AND INSTALLATION
P:Contract No. RZHD-CG-2027-009
P:Buyer: Rizhao Haidan Sea Urchin Aquaculture Co., Ltd., Lanshan District, Rizhao, Shandong Province, China (the "Buyer").
P:Supplier: Hydrocapteurs Pomègues SAS, Quai du Levant 3, Île de Pomègues, France (the "Supplier").
P:The Buyer farms sea urchins in land-based tanks and in offshore cages and wishes to monitor water quality continuously. The Supplier designs and integrates marine sensor systems. The parties agree as follows. This contract is drawn up on the Buyer's standard form; all amounts are in Chinese yuan (CNY) at the Buyer's request.
H:Article 1 Subject Matter
P:1.1 The Supplier shall supply, install, calibrate and commission a water-quality monitoring system for the Buyer's hatchery, its two grow-out halls and its offshore cage site, comprising: forty-eight multiparameter probes (dissolved oxygen, temperature, salinity, pH, turbidity and ammonia); eight solar-powered buoy gateways for the cage site; sixteen dissolved-oxygen controllers linked to the aeration blowers; and a perpetual licence of the AquaVeille monitoring software for the Buyer's server, with alarms by SMS and app.
P:1.2 The Supplier shall also integrate the system with the Buyer's feeding records, train the Buyer's technicians and hand over the documents listed in Annex 2.
P:1.3 Delivery to the Buyer's farm in Rizhao shall be completed within ninety days after signature, and installation and commissioning within forty-five days after delivery.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,490,000, inclusive of VAT, customs duties, transport to site, insurance and all services in Article 1.
P:2.2 Breakdown:
P:  (a) 48 multiparameter probes at CNY 16,500 each: CNY 792,000;
P:  (b) 8 buoy gateways at CNY 24,500 each: CNY 196,000;
P:  (c) 16 dissolved-oxygen controllers at CNY 9,800 each: CNY 156,800;
P:  (d) AquaVeille software, perpetual site licence: CNY 142,000;
P:  Equipment and Licence Subtotal (a) to (d): CNY 1,286,800;
P:  (e) installation, cabling, moorings and commissioning: CNY 148,200;
P:  (f) integration with feeding records and calibration plan: CNY 41,000;
P:  (g) training: CNY 14,000.
P:  Total: CNY 1,490,000.
H:Article 3 Payment
P:3.1 10% of the Contract Price (CNY 149,000) within fifteen days after signature, against the Supplier's advance-payment bank guarantee for the same amount.
P:3.2 55% of the Contract Price (CNY 819,500) within thirty days after the Installation Certificate is signed. The Installation Certificate confirms that the equipment is installed; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 521,500) within thirty days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice.
H:Article 4 Acceptance
P:4.1 After commissioning the system shall run for thirty consecutive days. Final Acceptance requires that: (a) each probe reads within the tolerances in Annex 1 when checked against laboratory samples taken by the Buyer on five days; (b) no more than 0.5% of the expected readings are missing at the server; (c) each dissolved-oxygen controller starts the blowers within sixty seconds after oxygen falls below its set point, tested in every hall; (d) alarms reach the duty technician by SMS and app within two minutes; and (e) the documents in Annex 2 have been delivered.
P:4.2 If any criterion is not met, the Supplier shall correct the defect and the thirty-day run shall be repeated for the affected part. The Buyer then signs the Final Acceptance Certificate.
P:4.3 Delivery, installation, use of the system or any payment does not by itself mean acceptance.
H:Article 5 Warranty and Technical Support
P:5.1 The Supplier warrants the equipment and the software for twenty-four months from Final Acceptance. During that period it shall repair or replace any defective item free of charge, including parts, labour, travel and transport, and shall supply software updates.
P:5.2 Probes damaged by storms, vessels or the Buyer's handling are excluded, but the Supplier shall replace them at the unit prices in Article 2.
P:5.3 Fault levels: Severity 1 means loss of oxygen control or of all readings from a hall or the cage site; Severity 2 means loss of single probes or of the app; Severity 3 covers other questions. The Supplier shall respond to a Severity 1 fault within two hours and have an engineer on site within twenty hours, to a Severity 2 fault within eight hours, and to a Severity 3 question within two working days.
P:5.4 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800, and for each day by which an on-site visit is late CNY 1,500, deducted from any amount due or from the performance security.
P:5.5 The Supplier shall keep in Rizhao or Qingdao a stock of spare probes and gateway parts agreed in Annex 3.
H:Article 6 Support after the Warranty
P:6.1 After the warranty period the Buyer may order annual support, including two calibration visits a year, parts replacement, software updates and the fault response in Article 5.3.
P:6.2 The annual support fee is 8% of the Equipment and Licence Subtotal, being CNY 102,944 per year, fixed for the third, fourth and fifth year after Final Acceptance. Each support year is ordered separately in writing; there is no automatic renewal.
H:Article 7 Buyer Data
P:7.1 All readings, alarms, calibration records, feeding data and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this contract and shall not sell, publish, aggregate or otherwise exploit them.
P:7.2 The software is installed on the Buyer's server. Remote access by the Supplier is permitted only through the Buyer's VPN after approval for each session, and every session is logged. The Supplier shall follow the Buyer's security rules, use strong passwords, and shall not copy data out of the Buyer's systems.
P:7.3 The Supplier shall report any security incident or suspected unauthorised access within six hours, help the Buyer to contain it and compensate the Buyer for losses caused by the Supplier's breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The calibration plan, the integration scripts for the feeding records, the alarm rules and the site drawings prepared under this contract belong to the Buyer, which may use and modify them freely and give them to other contractors.
P:8.2 The AquaVeille software remains the Supplier's property and is licensed to the Buyer perpetually for the Buyer's own farms.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other's technical and business information received under this contract, including the Buyer's stocking densities, yields and customers, and shall not disclose it without the other's written consent. This obligation continues after the contract ends.
H:Article 10 Delay and Liability
P:10.1 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. If the delay exceeds sixty days the Buyer may terminate the contract.
P:10.2 The Supplier's total liability under this contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The marine contractor for the moorings, named in Annex 3, is approved by signature of this contract. The Supplier remains responsible for any subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice. The Supplier shall then refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:Article 12A Training and Documents
P:12A.1 The Supplier shall train six of the Buyer's technicians for three days at the farm, covering probe cleaning and calibration, replacement of sensor caps, gateway batteries and solar panels, alarm settings, data export and basic fault finding. Training materials shall be provided in Chinese.
P:12A.2 Before Final Acceptance the Supplier shall deliver as-built drawings of cabling and moorings, the calibration plan, operating and maintenance manuals, the spare parts list and backups of all configurations.
H:Article 12B Force Majeure
P:12B.1 Neither party is liable for failure to perform caused by typhoons, storm surges, earthquakes or other events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Time for performance is extended accordingly. Installation work at the cage site may be postponed by the Buyer in unsafe sea conditions without liability for either party.
H:Article 12C Notices
P:12C.1 Notices under this contract shall be in writing and sent to the addresses on the first page or by e-mail to the project managers named in Annex 3. Urgent faults may be reported by telephone and confirmed by e-mail.
H:Article 13 Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Article 14 Miscellaneous
P:14.1 This contract is made in Chinese and English in four originals; both languages have equal force.
P:14.2 Annexes: 1 Probe tolerances; 2 Documents; 3 Spares and approved marine contractor.
P:Buyer: Rizhao Haidan Sea Urchin Aquaculture Co., Ltd. (seal)    Signature: ____________    Date: ________
P:Supplier: Hydrocapteurs Pomègues SAS    Signature: ____________    Date: ________
"""
SRC["e04"] = """T:Managed IT Services Agreement
P:Reference: CIF-MSA-2027-031
P:BETWEEN Shaoxing Keqiao Jinsha Textile Trading Co., Ltd., No. 88 Huaxiang Road, Keqiao District, Shaoxing, Zhejiang Province, China ("Client"), and Castel d'If Infogérance SAS, 1 Quai du Château, Île d'If, France ("Provider").
P:Client trades fabrics from the Keqiao light-textile market to buyers in Asia, the Middle East and Europe, with eighty-five staff in its office, two showrooms and a sample warehouse. Client wishes to hand the running of its end-user IT, servers and network to Provider. At Client's request the charges are stated and paid in Chinese yuan (CNY). The parties agree as follows.
H:1. Services
P:1.1 Provider shall provide the following managed services (the "Services") from the Service Commencement Date: (a) a bilingual service desk by telephone, e-mail and chat for all Client users, from 08:00 to 21:00 China time on Monday to Saturday; (b) on-site support by one resident engineer on working days; (c) management of about ninety-five laptops and desktops, thirty mobile devices and the showroom display screens; (d) monitoring, patching and backup of Client's four on-premises servers and its cloud e-mail tenant; (e) management of the office and warehouse network, firewall and Wi-Fi; (f) user onboarding and offboarding; and (g) a monthly service review.
P:1.2 Provider shall perform a transition project before the Service Commencement Date, taking over documentation, passwords and tools from Client's current supplier, setting up its monitoring platform, and preparing the runbooks listed in Schedule 2.
H:2. Term
P:2.1 The initial term is twenty-four months from the Service Commencement Date (the "Initial Term").
P:2.2 At the end of the Initial Term this Agreement renews automatically for successive periods of twenty-four months unless either party gives written notice of non-renewal at least ninety days before the end of the current term. On each renewal Provider may adjust the monthly charge to its then-current rate card for the Services, by notice given at least thirty days before the renewal date.
H:3. Charges
P:3.1 The charges are:
TB:Charge|Basis|Amount (CNY)
TB:Monthly service charge|CNY 68,000 x 24 months|1,632,000
TB:Transition project|one-time|48,000
TB:Total for the Initial Term||1,680,000
P:3.2 The transition charge is invoiced after Service Commencement Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within thirty days. Client pays no amount in advance.
P:3.3 Hardware, software licences and spare parts purchased for Client are not included and are charged only against Client's written purchase order.
H:4. Transition and Service Commencement
P:4.1 Provider shall complete the transition within forty-five days after signature.
P:4.2 Service Commencement Acceptance requires that: (a) all devices, servers and network components are recorded in Provider's asset register and reconciled with Client's list; (b) monitoring alerts for all servers and the firewall reach the service desk; (c) a full backup of every server has been taken and a test restore of one server has succeeded; (d) the runbooks in Schedule 2 have been delivered; and (e) the service desk has handled ten test tickets from Client users in Chinese and English. Client confirms acceptance in writing within five working days; the Service Commencement Date is the day after that confirmation.
P:4.3 If the transition is not accepted within the period in 4.1 for reasons attributable to Provider, Provider shall pay CNY 1,500 for each day of delay.
H:5. Service Levels
P:5.1 Incidents are classified as P1 (a server, the e-mail service, the network or the firewall is down, or more than ten users cannot work), P2 (a single user or device cannot work), and P3 (requests and questions).
P:5.2 Provider shall respond to P1 incidents within one hour at any time and restore service within six hours; respond to P2 incidents within two hours during service desk hours and resolve them by the next working day; and handle P3 requests within three working days.
P:5.3 Provider shall answer 85% of service desk calls within sixty seconds, measured monthly.
P:5.4 Service credits: if P1 response or restoration targets are missed in a month, Client receives a credit of 3% of that month's service charge for each missed incident; if P2 targets are met for less than 90% of incidents in a month, Client receives a credit of 2% of the monthly service charge. Credits for a month are limited to 20% of that month's charge and are deducted from the next invoice.
P:5.5 Provider shall present a service report at each monthly review, showing incidents, response and restoration times, patch status, backup results and credits.
H:6. Client Data
P:6.1 All data stored on Client's devices, servers and cloud services, including fabric designs, price lists, customer and supplier records and e-mail ("Client Data"), belongs to Client. Provider may use Client Data only to perform the Services and shall not sell, disclose or otherwise exploit it.
H:7. Confidentiality
P:7.1 Each party shall keep confidential the other party's business and technical information received under this Agreement, including Client's designs, prices and customer lists, and shall not disclose it to third parties without prior written consent, except to its professional advisers under a duty of confidence. This obligation survives the end of this Agreement for three years.
H:8. Intellectual Property
P:8.1 The runbooks, network diagrams, configuration records, scripts and reports prepared for Client belong to Client, which may use, modify and give them to any other service provider.
P:8.2 Provider's monitoring platform and tools remain Provider's property.
H:9. Personnel and Subcontracting
P:9.1 Provider shall name the resident engineer and the service delivery manager in Schedule 3 and shall not replace them without reasonable notice to Client.
P:9.2 Provider shall not subcontract any part of the Services without Client's prior written consent. Provider remains responsible for any approved subcontractor.
H:10. Liability
P:10.1 Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term. The limit does not apply to wilful misconduct, personal injury or breach of Clause 7.
P:10.2 Neither party is liable for indirect loss or loss of profit.
H:11. Termination
P:11.1 This Agreement may not be terminated by either party before the end of the Initial Term, except if the other party becomes insolvent or ceases to trade.
P:11.2 If a party breaches this Agreement, the other party's remedies are the service credits in Clause 5.4, damages under Clause 10 and a claim for performance; a breach does not give a right to terminate this Agreement early.
P:11.3 On expiry Provider shall hand over all documentation, passwords and runbooks and co-operate with Client's next provider for up to thirty days at no extra charge.
H:11A. Client Responsibilities
P:11A.1 Client shall give Provider's staff access to its premises during office hours, a workplace for the resident engineer, administrative accounts for the systems in scope and the information reasonably needed to provide the Services.
P:11A.2 Client shall keep its software licences valid and shall approve or reject Provider's change requests within five working days. Provider is not responsible for a failure to meet a service level to the extent caused by Client's failure to perform these obligations, by equipment outside the scope of the Services or by third-party suppliers appointed by Client.
H:11B. Change Control
P:11B.1 Either party may request changes to the scope of the Services. Provider shall respond with a written impact assessment, including any change to the charges, within ten working days. No change is binding until both parties have signed a change note.
H:11C. Exit Assistance
P:11C.1 During the last ninety days of the term Provider shall prepare an exit plan, update all runbooks, transfer knowledge to Client's next provider and return all equipment, accounts and documents belonging to Client.
H:11D. Security of Provider Personnel
P:11D.1 Provider's staff working on Client's premises shall follow Client's office rules, wear visitor badges in the sample warehouse and return all keys and access cards when they leave the account. Provider shall carry out background checks on staff before they are assigned to Client, to the extent permitted by law.
P:11D.2 Provider shall maintain professional liability insurance with a reputable insurer for the term of this Agreement and provide a certificate to Client on request.
H:11E. Notices
P:11E.1 Notices under this Agreement shall be in writing and delivered by hand, courier or e-mail to the addresses in Schedule 3. Operational communications may be made through the service desk portal.
H:11F. Service Reviews
P:11F.1 Each quarter the parties shall review the asset register, recurring incidents and planned changes such as new showrooms or staff moves, and agree improvement actions with owners and dates.
H:12. Governing Law and Disputes
P:12.1 This Agreement is governed by the laws of the People's Republic of China.
P:12.2 Any dispute shall be referred to the Shaoxing Arbitration Commission for arbitration in Shaoxing.
H:13. General
P:13.1 This Agreement, with its Schedules (1 Service description; 2 Runbooks; 3 Named personnel; 4 Asset list), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:Signed for Client: ______________________    Date: ____________
P:Signed for Provider: ______________________    Date: ____________
"""
SRC["e05"] = """T:CERTIFICATE API SUBSCRIPTION AGREEMENT
P:Agreement number: TQ-API-CN-0277
P:This Subscription Agreement is entered into by:
P:Gansu Longyuan Apple Export Co., Ltd., Jingning County Industrial Park, Pingliang, Gansu Province, China ("Customer"); and
P:Thistle Quay Assurance Ltd, The Old Boathouse, Lady Isle, Scotland, United Kingdom ("Vendor").
H:Recitals
P:(A) Customer exports fresh apples to Southeast Asia, the Middle East and Europe and needs, for every shipment, to check and present food-safety and phytosanitary certificates, residue test reports and orchard registrations.
P:(B) Vendor operates a certificate verification service with an application programming interface (the "API") that checks certificates against issuing bodies and importing-country rules and returns a signed verification record.
P:(C) Customer wishes to subscribe to the API and to have it connected to its export order system. At Customer's request all fees are stated and paid in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Subscription Term" means twenty-four months from the Service Start Date.
P:1.2 "Service Start Date" means the day after Customer signs the Integration Acceptance Certificate under Clause 4.
P:1.3 "Customer Data" means all shipment records, certificates, test reports, orchard and packing-house data and other information that Customer submits to the API, and all verification records returned for it.
P:1.4 "Call" means one request to the API for one certificate.
H:2. Services
P:2.1 Vendor shall provide: (a) access to the API for up to 60,000 Calls per month; (b) a web console for Customer's compliance team; (c) rules updates for the importing countries listed in Schedule 1; (d) integration of the API with Customer's export order system, performed with Customer's IT team (the "Integration"); and (e) technical support under Clause 5.
P:2.2 Calls above 60,000 in a month are not charged unless the parties agree a higher tier in writing.
H:3. Fees and Payment
P:3.1 The fees are: subscription fee CNY 18,500 per month for the Subscription Term, CNY 444,000 in total; Integration fee CNY 26,000, one-time. The total contract value is CNY 470,000, inclusive of VAT.
P:3.2 The subscription fee is invoiced quarterly in arrears, CNY 55,500 per quarter, and is payable within thirty days of invoice. The Integration fee is invoiced after Integration Acceptance. Customer pays nothing in advance.
P:3.3 Fees are fixed for the Subscription Term.
H:4. Integration and Acceptance
P:4.1 Vendor shall complete the Integration within fifty days after signature.
P:4.2 Integration acceptance tests (Schedule 2) shall show that: (a) the order system sends each shipment's certificates to the API and stores the verification record against the shipment; (b) the API returns a result for 95% of Calls in under three seconds in a test of 2,000 Calls; (c) certificates for each importing country in Schedule 1 are checked against that country's current rules; (d) invalid, expired and altered test certificates are rejected; and (e) Customer's compliance team has been trained. Customer signs the Integration Acceptance Certificate when the tests are passed. Use of the API before that is not acceptance.
P:4.3 If the Integration is not accepted within the period in Clause 4.1 for reasons attributable to Vendor, Vendor shall pay CNY 400 for each day of delay, up to CNY 20,000.
H:5. Service Levels
P:5.1 Vendor shall make the API available 99.95% of each calendar month, excluding maintenance announced forty-eight hours in advance and scheduled outside 07:00-20:00 China time.
P:5.2 Severity 1 means the API or console is unavailable or returns wrong verification results; Severity 2 means degraded performance or a country rule set is out of date; Severity 3 covers other questions. Vendor shall respond to Severity 1 within one hour at any time and restore service within six hours; respond to Severity 2 within eight business hours; and answer Severity 3 within two business days.
P:5.3 For each full 0.1 percentage point by which availability falls short in a month, Customer receives a credit of 3% of that month's fee, up to half of it. For each Severity 1 incident not responded to in time, Customer receives a credit of CNY 800. Credits are deducted from the next invoice.
H:6. Customer Data and Security
P:6.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the services to Customer and does not use it, in identified, de-identified or aggregated form, for any other purpose.
P:6.2 Customer Data is stored and processed in a data centre in mainland China operated for Vendor by its hosting provider, and is not transferred outside mainland China. Vendor shall encrypt Customer Data in transit and at rest, limit access to named staff with multi-factor authentication, log all access and keep an ISO 27001 certificate for the service.
P:6.3 Vendor shall notify Customer within twelve hours of becoming aware of any security incident affecting Customer Data, take all reasonable steps to contain it, and compensate Customer for losses caused by incidents for which Vendor is responsible.
P:6.4 Within thirty days after the end of the Subscription Term Vendor shall return Customer Data in a machine-readable format and then delete it.
H:7. Confidentiality
P:7.1 Each party shall treat as confidential the other's non-public information, including Customer's shipment volumes, buyers and prices, and shall disclose it only to staff and advisers who need to know it. This Clause survives expiry for three years.
H:8. Intellectual Property
P:8.1 The API, the console, the rule sets and Vendor's software remain Vendor's property.
P:8.2 The mapping tables, interface code and configuration written for Customer's order system under the Integration belong to Customer, which may use, modify and license them freely.
H:9. Subcontracting
P:9.1 Vendor shall not subcontract any part of the services, other than the hosting provider named in Schedule 3, without Customer's prior written consent. Vendor remains responsible for its subcontractors.
H:10. Liability
P:10.1 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for breach of Clauses 6 or 7, fraud or wilful misconduct, which are unlimited.
H:11. Term, Renewal and Termination
P:11.1 This Agreement ends at the end of the Subscription Term. Any renewal requires a new written agreement signed by both parties.
P:11.2 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within thirty days after notice. Customer may also terminate if availability is below 99% in any two months.
P:11.3 On termination by Customer for Vendor's breach, Vendor shall refund fees for any period not yet served.
H:11A. Customer Responsibilities
P:11A.1 Customer shall provide a test environment of its export order system, a named IT contact and sample certificates for each importing country within ten days after signature, and shall keep its API credentials secure.
P:11A.2 Customer remains responsible for its export decisions. The verification record confirms the checks described in Schedule 1; it does not replace the official certificates issued by the competent authorities.
H:11B. Changes to Country Rules
P:11B.1 Vendor shall update the rule set for an importing country within five business days after the importing country publishes a change, and shall notify Customer's compliance team by e-mail of each update. If a change cannot be implemented in time, Vendor shall tell Customer promptly and flag affected verification results.
H:11C. Force Majeure
P:11C.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters or failures of public networks, provided it informs the other party without delay and does its best to resume performance. Service credits still apply to unavailability caused by Vendor's own systems or its hosting provider.
H:11D. Reports and Reviews
P:11D.1 Vendor shall send Customer a monthly report showing the number of Calls, availability, incidents, response times, rule updates and credits. The parties shall hold a review meeting by video every quarter to discuss service quality, new importing countries and Customer's shipment plans for the coming season.
P:11D.2 Customer may ask Vendor to add importing countries to Schedule 1. Vendor shall quote the additional fee, if any, within ten business days; no addition is binding until agreed in writing.
H:11E. Notices
P:11E.1 Notices under this Agreement shall be sent by e-mail to the contacts named in Schedule 3 and are received on the next business day in the recipient's country. Operational messages may also be sent through the console.
H:11F. Training and Documentation
P:11F.1 Vendor shall provide Customer's compliance team with an online training session in Chinese before the Service Start Date and whenever a major new version of the console is released, and shall keep the API documentation and a list of supported certificate types up to date in its developer portal.
H:11G. Audit
P:11G.1 Once a year, on reasonable notice, Customer or an auditor it appoints may review Vendor's security controls for the service, in particular the access logs and the records of rule updates for Customer's importing countries.
H:12. Governing Law and Arbitration
P:12.1 This Agreement is governed by the law of Scotland.
P:12.2 Any dispute shall be finally resolved by arbitration under the Scottish Arbitration Rules, seated in Edinburgh, in the English language.
H:13. General
P:13.1 Notices shall be sent by e-mail and confirmed in writing. This Agreement may be amended only in writing.
P:Signed for Customer: ______________________    Date: __________
P:Signed for Vendor: ______________________    Date: __________
"""

# ---------------------------------------------------------------- labels (decided before the text was written)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: file, lang, category, terms (in KEYS order), sla_clause, ld_stated, pwf_capped, deemed, value, fee_base, forum_mainland
PLAN = {
 "z01": ("h239z01_justice_bureau_community_correction_platform.docx", "zh", "software",
         [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
         True, True, True, False, 2200000, 1180000, True, []),
 "z02": ("h239z02_pet_preform_vision_inspection_maintenance.pdf", "zh", "hardware",
         [None, None, False, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 18, False, True, False, "PRC", G],
         False, True, True, False, 1520000, 1410000, True,
         ["CR-POST-WARRANTY-FEE", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
 "z03": ("h239z03_kindergarten_group_attendance_saas.md", "zh", "cloud",
         [99.5, 1, True, "buyer", True, False, True, 700 / 932000 * 100, None, None, True, None, None, None, True, True,
          False, "PRC", S],
         True, True, None, False, 932000, None, True,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "z04": ("h239z04_market_regulation_elevator_platform_om.md", "zh", "services",
         [99.95, 20 / 60, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None, False, True, False,
          "PRC", S],
         True, True, None, False, 486000, None, True, ["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
 "z05": ("h239z05_qingtuan_maker_mes_supplier_template.txt", "zh", "software",
         [None, 8, False, "supplier", True, True, True, None, 20, 50, False, False, 6, None, False, True, True, "PRC", G],
         True, False, False, True, 1150000, 560000, True,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"]),
 "e01": ("h239e01_lacquerware_pattern_design_licences.md", "en", "software",
         [None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 6, 22, False, True, False, "PRC", G],
         True, True, True, False, 770000, 728000, True,
         ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "e02": ("h239e02_tea_park_ticketing_saas_order_form.docx", "en", "cloud",
         [99.95, 0.5, True, "buyer", True, True, True, 1200 / 1588000 * 100, 9 / 36 * 100, None, True, None, None, None,
          False, True, True, "Germany", S],
         True, True, None, False, 1588000, None, False,
         ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "e03": ("h239e03_sea_urchin_farm_water_sensors.txt", "en", "hardware",
         [None, 2, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 8, False, True, False, "PRC", G],
         True, True, True, False, 1490000, 1286800, True, []),
 "e04": ("h239e04_textile_trader_managed_it_service_desk.pdf", "en", "services",
         [None, 1, True, "buyer", False, True, True, 1500 / 1680000 * 100, 150, None, True, None, None, None, True,
          False, False, "PRC", S],
         True, True, None, False, 1680000, None, True,
         ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-TERMINATION"]),
 "e05": ("h239e05_apple_exporter_certificate_api_subscription.txt", "en", "cloud",
         [99.95, 1, True, "buyer", True, True, True, 400 / 470000 * 100, 150, None, True, None, None, None, False, True,
          False, "Scotland", S],
         True, True, None, False, 470000, None, False, ["CR-GOVERNING-LAW"]),
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def apply_rules(t, sla_clause, ld_stated, capped, deemed, value, fee_base, forum_mainland):
    """policy §3 / §4 re-applied to my own labels (my reading, written down in NOTES.md)."""
    r = []
    if not sla_clause:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla_clause and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    share = None
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not capped or fee > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if fee is not None and t["warranty_months"] is not None:
            years = max(0.0, 5 - t["warranty_months"] / 12)
            post = fee_base * fee / 100 * years
            share = post / (value + post) * 100
            if share > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not forum_mainland:
        r.append("CR-GOVERNING-LAW")
    r.sort()
    risk = "high" if set(r) & HIGH else ("medium" if set(r) - LOW else "low")
    return r, risk, share

# ---------------------------------------------------------------- price and payment sums
SUMS = {  # key: (items, payments, total)
 "z01": ([1180000, 760000, 214000, 46000], [440000, 990000, 770000], 2200000),
 "z02": ([8 * 148000, 226000, 86000, 24000], [304000, 760000, 380000, 76000], 1520000),
 "z03": ([30 * 800 * 36, 68000], [12 * 72000, 68000], 932000),
 "z04": ([312000, 96000, 48000, 30000], [4 * 121500], 486000),
 "z05": ([560000, 480000, 110000], [575000, 437000, 138000], 1150000),
 "e01": ([14 * 52000, 26000, 16000], [154000, 616000], 770000),
 "e02": ([36 * 42500, 58000], [36 * 42500, 58000], 1588000),
 "e03": ([48 * 16500, 8 * 24500, 16 * 9800, 142000, 148200, 41000, 14000], [149000, 819500, 521500], 1490000),
 "e04": ([24 * 68000, 48000], [24 * 68000, 48000], 1680000),
 "e05": ([24 * 18500, 26000], [8 * 55500, 26000], 470000),
}
EXTRA_ASSERTS = [
 1184000 + 226000 == 1410000, 792000 + 196000 + 156800 + 142000 == 1286800, 1410000 * 18 // 100 == 253800,
 1180000 * 9 // 100 == 106200, 728000 * 22 // 100 == 160160, 1286800 * 8 // 100 == 102944, 30 * 800 * 3 == 72000,
 2200000 * 20 // 100 == 440000, 1520000 * 20 // 100 == 304000, 1150000 // 2 == 575000, 1490000 // 10 == 149000,
 770000 * 20 // 100 == 154000, 1150000 * 38 // 100 == 437000, 1490000 * 55 // 100 == 819500,
]
# every labelled figure as it must appear in the text
MUST = {
 "z01": ["99.95%", "30分钟内响应", "¥1,000", "万分之八", "20%", "二十四个月", "9%", "¥106,200", "2,200,000", "不得将本项目转包或分包",
         "适用中华人民共和国法律", "第九条　保密", "归甲方所有", "不视为验收合格"],
 "z02": ["尽快安排工程师", "18%", "¥253,800", "二十四个月", "千分之一", "20%", "¥1,520,000", "书面同意", "佛山仲裁委员会",
         "不代表质量验收"],
 "z03": ["99.5%", "1小时内响应", "5%", "有权将园所数据", "700元", "864,000", "932,000", "上调幅度不超过届时单价的8%", "书面同意",
         "不预付任何费用"],
 "z04": ["99.95%", "20分钟内响应", "万分之三", "¥486,000", "¥121,500", "不设预付款", "不得转包或分包", "不自动续期"],
 "z05": ["50%", "¥575,000", "即视为甲方验收合格", "六个月", "乙方届时公布的服务价格标准", "8小时内响应", "不承担扣款、赔偿或违约金责任",
         "尽最大努力", "20%", "无需另行征得甲方同意", "知识产权亦归乙方所有", "¥1,150,000"],
 "e01": ["six months from Final Acceptance", "22% of the Licence Fee", "CNY 160,160", "within two hours", "CNY 500",
         "0.1% of the Contract Price", "150% of the Contract Price", "20% of the Contract Price", "CNY 770,000",
         "Taiyuan Arbitration Commission", "Isola Crevan"],
 "e02": ["99.95%", "30 minutes", "CNY 1,200 for each day", "nine months", "no consent of Customer is required",
         "Federal Republic of Germany", "Hamburg", "1,588,000", "same fees", "Insel Oie"],
 "e03": ["two hours", "CNY 800", "0.1% of the Contract Price per day", "150% of the Contract Price", "CNY 149,000",
         "twenty-four months", "8% of the Equipment and Licence Subtotal", "CNY 102,944", "CNY 1,490,000",
         "Qingdao Arbitration Commission", "Île de Pomègues"],
 "e04": ["within one hour", "CNY 1,500 for each day", "150% of the total charges", "then-current rate card",
         "does not give a right to terminate", "prior written consent", "1,680,000", "Shaoxing Arbitration Commission",
         "Île d'If"],
 "e05": ["99.95%", "within one hour", "CNY 400 for each day", "150% of the total contract value", "law of Scotland",
         "seated in Edinburgh", "CNY 470,000", "prior written consent", "Lady Isle"],
}

# ---------------------------------------------------------------- thresholds (policy §3, §4) in any form
ZH_NUM = "一二三四五六七八九"
THRESH = [
 r"99\.90*(?!\d)", r"(?<![\d.])4\s*(?:个)?(?:工作)?(?:小时|hours?|hrs?|h\b)", r"(?<![十\d])四个?(?:工作)?小时",
 r"(?<![-\w])four\s*(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?\b",
 r"(?<![\d.])0\.050*\s*%", r"(?<![\d.])0\.050*\s*per", r"万分之五(?![十])", r"0\.05\s*percent", r"five hundredths",
 r"(?<![\d.])100\s*%", r"百分之(?:一)?百", r"(?<![\d.])100\s*per\s*cent", r"one hundred per\s*cent",
 r"(?<![\d.])30\s*%", r"百分之三十(?![" + ZH_NUM + "])", r"\bthirty\s*per\s*cent", r"(?<![\d.])30\s*per\s*cent", r"三成",
 r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"(?<![\d.])12\s*-?\s*month", r"十二个月", r"\btwelve[\s-]*(?:\(12\)\s*)?months?",
 r"(?<![第每\d])一年", r"\b(?:one|1)[\s-]year\b", r"一周年",
 r"(?<![\d.])15\s*%", r"百分之十五(?![点])", r"\bfifteen\s*per\s*cent", r"(?<![\d.])15\s*per\s*cent",
 r"(?<![\d.])40\s*%", r"百分之四十(?![" + ZH_NUM + "])", r"\bforty\s*per\s*cent", r"(?<![\d.])40\s*per\s*cent", r"四成",
 r"(?<![\d.])5\s*-?\s*(?:年|years?)", r"(?<![第十])五年", r"(?<![-\w])five[\s-]*(?:\(5\)\s*)?years?\b",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
SELF_TEST_HIT = ["可用率99.9%", "99.90 %", "4小时内响应", "四小时", "4 hours", "four (4) hours", "0.05%", "万分之五", "100%",
                 "百分之百", "30%", "百分之三十", "thirty per cent", "12个月", "十二个月", "12 months", "twelve months",
                 "12-month", "质保一年", "one year", "15%", "百分之十五", "fifteen per cent", "40%", "百分之四十",
                 "5年", "五年", "five years", "5 years"]
SELF_TEST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "14 hours", "0.1%", "0.08%", "万分之八", "150%",
                  "1,000%", "130%", "3%", "百分之三十五", "112 months", "二十四个月", "第一年", "每一年", "25%", "115%",
                  "百分之四十五", "1.5年", "25 years", "twenty-five years", "35%", "fifty years"]


def thresholds(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


for s in SELF_TEST_HIT:
    assert thresholds(s), ("self-test: not caught", s)
for s in SELF_TEST_MISS:
    assert not thresholds(s), ("self-test: false alarm", s, thresholds(s))

# ---------------------------------------------------------------- rendering, building and reading back
def items(key):
    return [(tag, text) for tag, _, text in (ln.partition(":") for ln in SRC[key].splitlines() if ln.strip())]


def render_md(key):
    out, table = [], []
    for tag, text in items(key) + [("END", "")]:
        if tag == "TB":
            table.append(text.split("|"))
            continue
        if table:
            out.append("| " + " | ".join(table[0]) + " |")
            out.append("|" + "---|" * len(table[0]))
            out.extend("| " + " | ".join(r) + " |" for r in table[1:])
            out.append("")
            table = []
        if tag == "T":
            out += ["# " + text, ""]
        elif tag == "H":
            out += ["## " + text, ""]
        elif tag == "P":
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"


def render_txt(key):
    out = []
    for tag, text in items(key):
        if tag == "T":
            out += [text, "=" * 40, ""]
        elif tag == "H":
            out += [text, ""]
        elif tag == "TB":
            out.append("  " + " | ".join(text.split("|")))
        else:
            out += [text, ""]
    return "\n".join(out).rstrip() + "\n"


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    assert all(EXTRA_ASSERTS)
    for key, (its, pays, total) in SUMS.items():
        assert sum(its) == total == PLAN[key][8], key
        assert sum(pays) == total, key
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    binary = {k: (p[0], p[0].rsplit(".", 1)[1]) for k, p in PLAN.items() if p[0].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in binary}, binary, OUT, wrap_words=True)
    for key, p in PLAN.items():
        if p[0].endswith(".md"):
            (OUT / p[0]).write_text(render_md(key), encoding="utf-8")
        elif p[0].endswith(".txt"):
            (OUT / p[0]).write_text(render_txt(key), encoding="utf-8")
    counts, bad = {}, []
    for key, (fname, lang, cat, tv, sla, ld, capped, deemed, value, fee_base, forum, planned) in PLAN.items():
        terms = dict(zip(KEYS, tv))
        rules, risk, share = apply_rules(terms, sla, ld, capped, deemed, value, fee_base, forum)
        assert rules == sorted(planned), (key, rules, planned)
        extra = {"sla_clause": sla, "ld_stated": ld}
        if terms["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": fname, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                                encoding="utf-8")
        text = read_back(OUT / fname)
        flat = re.sub(r"\s+", " ", text)
        squeezed = re.sub(r"\s", "", text)
        for m in MUST[key]:
            if m not in flat and re.sub(r"\s", "", m) not in squeezed:
                bad.append((key, "missing", m))
        hits = thresholds(flat) + thresholds(squeezed)
        if hits:
            bad.append((key, "threshold", hits))
        n = length(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            bad.append((key, "length", n))
        counts[key] = n
        print(key, fname, lang, n, risk, "TCO share %.2f" % share if share is not None else "", rules)
    assert not bad, bad
    print("all checks passed")


if __name__ == "__main__":
    main()
