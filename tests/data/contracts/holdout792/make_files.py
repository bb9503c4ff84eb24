"""holdout792: builds the ten blind held-out draft contracts and their .json labels from the sources below, and asserts
the checks of the brief (lengths, no threshold figure, labels, rules derived from labels vs the design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H792Z01 = """T:滨河市自然资源局地面沉降监测预警平台采购合同
P:合同编号：BHZR-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：滨河市自然资源局
P:乙方（供应商）：北京地衡空间信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，以甲方提供的合同文本订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供地面沉降监测预警平台软件（含InSAR形变处理模块、GNSS及水准监测数据管理模块、预警发布模块）的永久使用许可，并完成定制开发、历史数据整理入库、部署实施及培训。
P:1.2 定制开发内容包括：InSAR成果自动入库接口、分层标及基岩标数据接入、沉降“一张图”专题展示、区域沉降预警模型及与市国土空间基础信息平台的对接。
P:1.3 平台部署于甲方政务云，乙方不得将任何数据存放于甲方指定环境以外。
P:1.4 平台应兼容甲方现有国产操作系统、数据库和中间件，并符合省级地面沉降监测网的数据交换标准。
H:第二条 合同价款
P:2.1 合同总价为人民币2,250,000元（大写：贰佰贰拾伍万元整），为固定总价，包含全部税费。
P:2.2 分项价格：平台软件许可费1,180,000元；定制开发费760,000元；历史监测数据整理入库费214,000元；部署实施及培训费96,000元。
P:2.3 履约期间甲方增加需求导致工作量明显增加的，双方另行协商并签订补充协议。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后10个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后10个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
P:3.5 乙方未按约定提交发票或预付款保函的，甲方付款期限相应顺延。
H:第四条 交付期限
P:4.1 乙方应在合同生效后150日内完成部署及初步验收，初验后连续试运行60日，试运行结束后15日内组织最终验收。
P:4.2 因甲方原因造成的延误，工期相应顺延，乙方应及时书面说明。
P:4.3 乙方应指派具有注册测绘师资格的项目经理，未经甲方同意不得更换；乙方应每两周向甲方提交项目进度报告，重大问题及时书面报告。
P:4.4 乙方应对甲方及各区县分局业务人员开展不少于3期操作培训，对甲方系统管理员开展运维培训，并在初验前提交部署方案、测试报告、用户手册及运维手册。
H:第五条 验收
P:5.1 初步验收标准：平台功能与招标文件技术要求逐项一致；历史监测点数据入库后与原始台账全量比对一致；InSAR处理得到的年沉降速率与同期水准点成果比对，偏差不超过5毫米每年；预警信息在触发后60秒内推送至指定人员；在200个并发用户下常用查询响应不超过3秒。
P:5.2 最终验收标准：试运行期间无一级故障；定制开发源代码、数据库设计及运维手册完整移交；通过甲方委托的第三方安全测评。
P:5.3 验收由甲方组织，双方签署验收报告。平台上线运行、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在20日内整改并重新提交验收。
P:5.4 验收所需的测试数据由甲方提供，第三方安全测评费用由甲方承担。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、故障处理和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%；一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.3 乙方未达到第6.2款约定的，每超时1小时扣减质保金或维护费1,000元；月可用率每低于约定0.01个百分点，扣减2,000元。
P:6.4 质保期满后，如甲方需要，乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过94,400元），质保期满后三年内不得上调。
P:6.5 质保期内，乙方每季度对平台进行一次巡检，每年汛期前对预警模型参数进行一次复核，并提交书面报告。
P:6.6 质保期内乙方提供7×24小时电话支持，并为甲方配备固定的技术支持工程师。
H:第七条 知识产权
P:7.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的程序、接口、源代码、预警模型、数据库设计及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和二次开发。
H:第八条 数据安全
P:8.1 本项目涉及的监测数据、地质资料及成果数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》及测绘地理信息保密管理规定，远程运维须经甲方审批并通过堡垒机进行，全程留存操作日志。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:8.4 合同终止或质保期满后，乙方应将其持有的甲方数据及介质全部交还，或在甲方监督下销毁并出具书面确认。
P:8.5 乙方人员不得使用个人设备处理甲方数据。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、涉密测绘成果及未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
P:9.2 乙方应要求参与本项目的人员签署保密承诺书，并对其人员的泄密行为承担责任。
H:第十条 违约责任
P:10.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:10.3 乙方交付的平台不符合约定且经整改仍不合格的，甲方有权拒收并要求退还已付款项。
P:10.4 乙方违反第八条约定的，除赔偿损失外，甲方有权解除合同。
H:第十一条 分包与转包
P:11.1 乙方不得转包本项目，未经甲方书面同意不得分包任何部分。
P:11.2 本项目所需的卫星影像数据由甲方另行采购并提供给乙方使用，乙方应按甲方授权范围使用。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
P:12.3 合同解除的，乙方应移交已完成的工作成果及相关资料，甲方按已验收部分据实结算。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方盖章之日起生效。
P:14.2 因不可抗力不能履行合同的，受影响方应在3日内通知对方，并在15日内提供证明，双方可根据影响程度延期履行或部分履行。
P:14.3 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的不正当利益。双方往来通知以书面形式送达合同首部地址。
P:14.4 对本合同的任何变更应以书面形式作出，经双方盖章后生效。
P:甲方（盖章）：滨河市自然资源局　　　　乙方（盖章）：北京地衡空间信息技术有限公司
P:日期：2027年　月　日
"""

H792Z02 = """T:梳理针刺生产线控制系统改造及维保合同
P:合同编号：MY-SB-2027-031
P:甲方：佛山市棉语卫生材料有限公司
P:乙方：无锡恒控自动化工程有限公司
P:甲方为提升化妆棉梳理、针刺生产线的自动化水平和克重稳定性，委托乙方对二号、三号生产线的电气控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责二号、三号生产线梳理机、交叉铺网机、预针刺机和主针刺机的控制系统改造，包括PLC控制柜更换、伺服驱动系统更换、触摸屏及工控机安装、在线克重与张力检测装置安装，以及控制程序、配方管理程序的开发和调试。
P:1.2 乙方负责提供改造所需的全部设备、软件、线缆及辅材，负责拆除旧控制柜并按甲方要求整理存放。
P:1.3 改造后的控制系统应预留与甲方MES系统的数据接口，实现产量、克重、能耗等数据的自动上传。
P:1.4 改造应符合机械电气安全标准的要求，急停、安全门联锁、针板防护等安全功能应完整有效。
P:1.5 改造后每条生产线设计速度不低于原设计速度，并支持不少于200个工艺配方的存储与调用。
H:第二条 合同价款
P:2.1 合同总价为人民币1,250,000元（含13%增值税），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC及扩展模块、控制柜|2套|286,000
TB:2|伺服驱动器及伺服电机（道夫、针刺主轴、铺网小车）|2套|348,000
TB:3|触摸屏及工控机|4台|92,000
TB:4|在线克重及张力检测装置|2套|164,000
TB:5|控制软件及MES接口软件许可|2套|118,000
TB:—|设备及软件小计|—|1,008,000
TB:6|电气改造、安装及调试|1项|126,000
TB:7|联动控制及配方管理程序开发|1项|98,000
TB:8|操作及维修培训|1项|18,000
TB:—|合计|—|1,250,000
P:2.2 上述价格包括设备运输、保险、安装调试、技术服务及税费，甲方不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到达甲方工厂并经开箱清点后10个工作日内，甲方支付合同总价的35%；开箱清点不代表质量验收。
P:3.3 改造完成并经甲方最终验收合格后10个工作日内，甲方支付合同总价的35%。
P:3.4 剩余10%作为质量保证金，质保期满且无质量争议后10个工作日内无息支付。
P:3.5 甲方每次付款前，乙方应开具等额增值税专用发票。
H:第四条 工期
P:4.1 乙方应在合同签订后60日内完成设备到货，并利用甲方安排的两次停产检修窗口完成二号、三号线的切换改造，每条线停产时间不超过7日。
P:4.2 乙方应按约定工期完成改造；工期发生延误的，乙方应及时通知甲方，并增派人员、采取措施追赶进度，尽量减少对甲方生产的影响。
P:4.3 乙方应在进场前提交施工方案、停产切换计划和安全措施，经甲方确认后实施。乙方施工人员应遵守甲方安全生产和洁净车间管理制度，因乙方原因发生的安全事故由乙方负责。
P:4.4 乙方应为每条生产线配备不少于2名电气工程师驻场调试，直至单线验收完成。
H:第五条 验收
P:5.1 每条生产线改造完成后进行单线验收，验收标准为：设备规格型号与本合同一致；在设定工艺速度下连续运行72小时无停机故障；成品克重变异系数不高于3%；配方切换时间不超过10分钟；产量、克重、能耗数据能准确上传至MES系统。
P:5.2 两条生产线均通过单线验收后，双方进行最终验收并签署验收报告。设备安装通电或甲方投入生产使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在15日内整改并重新验收，由此产生的费用由乙方承担。
P:5.4 乙方应在最终验收时提交电气图纸、PLC程序、参数清单、操作及维修手册和备件清单。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备、软件或施工质量问题产生的故障，由乙方免费维修或更换。
P:6.2 质保期内设备出现故障的，乙方应在接到甲方通知后及时安排人员处理，尽快恢复生产。
P:6.3 质保期满后，乙方提供年度维保服务，年度维保费为设备及软件小计的6%，即每年60,480元，质保期满后三年内不作调整。年度维保内容包括每季度一次巡检、程序备份和易损件检查。
P:6.4 质保期内乙方每半年进行一次免费巡检，并根据甲方需要免费调整工艺配方参数。乙方应保证改造所用备件在质保期满后至少五年内能够正常供应。
P:6.5 质保期满后，甲方有权自主决定是否购买年度维保服务。
H:第七条 知识产权
P:7.1 控制软件及MES接口软件的标准部分，其知识产权归原权利人所有，甲方享有永久使用许可。
P:7.2 乙方为本项目开发的联动控制程序、配方管理程序及其源程序、注释和说明文件，知识产权归甲方所有，甲方可自行修改或委托他人维护。乙方应在最终验收时交付全部源程序及备份。
P:7.3 乙方保证所提供的设备、软件不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担责任。
H:第八条 数据与网络安全
P:8.1 甲方的工艺配方、生产参数、产量及质量数据均属于甲方所有，乙方仅可为改造和维保目的使用，不得复制、留存或提供给第三方。
P:8.2 乙方远程维护须事先经甲方同意，并通过甲方提供的VPN账号进行，维护结束后由甲方关闭账号。乙方不得在控制系统中留有未告知甲方的远程访问通道。
P:8.4 乙方应对其提供的工控机安装正版防病毒软件，关闭不必要的端口和服务，并在交付前完成安全加固。
P:8.3 因乙方原因导致甲方数据泄露、丢失或控制系统遭受网络攻击的，乙方应立即通知甲方、协助处置，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对在本合同履行中知悉的甲方工艺配方、设备布局、客户及价格信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
P:9.2 未经甲方书面同意，乙方不得将甲方工厂、生产线的照片或视频用于宣传。
H:第十条 违约责任
P:10.1 任何一方违反本合同约定的，应承担继续履行、采取补救措施等违约责任，并赔偿对方因此遭受的实际损失。
P:10.2 乙方提供的设备或软件不符合约定的，甲方有权要求更换，更换期间的停产损失由乙方承担。
P:10.3 乙方施工造成甲方设备、厂房或其他财产损坏的，乙方应负责修复或赔偿。
H:第十一条 分包
P:11.1 电气施工中的桥架敷设部分，经甲方书面同意后可由乙方分包给具备相应资质的单位，乙方对分包工作承担全部责任；除此之外不得分包。乙方对分包单位的安全生产负有管理责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，双方可协商解除合同，互不承担违约责任。合同解除后，乙方应配合甲方恢复生产线原有控制方式或完成移交，保证生产不受影响。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:14.2 本合同附件包括设备配置清单、技术要求及停产切换计划，与本合同具有同等效力。通知以书面或电子邮件方式送达双方指定联系人。
P:甲方（盖章）：　　　　乙方（盖章）：
P:日期：　　　　　　　　日期：
"""

H792Z03 = """飞旗腰旗橄榄球训练中心预约及会员管理系统订阅服务合同

合同编号：FQ-IT-2027-006
甲方：上海飞旗体育发展有限公司
乙方：杭州约练云科技有限公司

甲方在全国运营40家腰旗橄榄球训练门店，为统一课程预约、会员储值和教练排课，甲方向乙方订阅“约练云”场馆预约及会员管理系统，并由乙方提供实施服务。双方订立本合同如下。

一、服务内容
（一）订阅服务
1. 乙方向甲方40家门店及总部提供“约练云”系统的订阅使用服务，包括微信小程序预约、课包及储值会员管理、教练排课、场地管理、门店收银和经营报表功能。
2. 系统由乙方在其租用的境内云平台上部署和运行，甲方通过互联网访问。
（二）实施服务
1. 乙方负责40家门店的系统配置、历史会员及课包数据迁移、小程序上线、收银设备对接和店长培训。
2. 乙方为甲方定制开发青少年腰旗橄榄球分级课程体系页面、赛事报名页面和总部经营驾驶舱。
3. 乙方负责对接甲方门店现有的扫码枪、小票打印机及门禁闸机，实现会员扫码签到入场。
4. 系统应兼容主流手机操作系统及微信版本，并支持门店使用平板电脑进行前台操作。
（三）培训
乙方应为每家门店店长、前台及总部运营人员提供线上及现场培训，提供操作手册和视频教程，并在上线后第一个月安排专人在线答疑。

二、服务期限
（一）服务期为两个服务年度，自系统上线验收合格之日起计算，每一服务年度为自起算日起的一年。
（二）服务期届满前30日，任何一方未书面通知对方不再续订的，本合同自动续期一个服务年度，续期次数不限。续期时，乙方有权根据市场情况调整订阅费，调整幅度不超过上一服务年度订阅费的8%，并于续期前通知甲方。

三、费用及支付
（一）订阅费：每家门店每服务年度4,800元，40家门店合计192,000元；总部管理端每服务年度36,000元。每一服务年度订阅费合计228,000元，两个服务年度共计456,000元。
（二）实施费：64,000元，一次性支付。
（三）本合同总金额为人民币520,000元（含税）。
（四）支付方式：
1. 实施费在系统上线验收合格后15个工作日内支付。
2. 每一服务年度的订阅费在该服务年度开始后15个工作日内支付。
3. 乙方应在付款前开具增值税专用发票。
（五）本合同价款已包含云资源、短信通知及系统升级费用，乙方不得另行收取。微信支付通道手续费由甲方按支付平台规则承担。
（六）服务期内甲方新增或关闭门店的，双方另行签订补充协议调整订阅费。

四、上线与验收
（一）乙方应在合同签订后45日内完成全部门店的上线。
乙方应在合同签订后10日内提交实施计划，明确各门店上线顺序、数据迁移和培训安排。
（二）上线验收标准：
1. 40家门店历史会员、课包余额和储值余额迁移后与甲方原系统逐条核对一致；
2. 小程序预约、支付、取消、退款及教练签到全流程测试通过；
3. 在300个会员同时预约的情况下，页面响应时间不超过2秒；
4. 定制页面和经营驾驶舱符合甲方确认的需求说明书。
（三）甲方在收到乙方验收申请后7个工作日内组织验收。系统上线试用不视为验收合格。
（四）验收不合格的，乙方应在10日内整改并重新提交验收。验收通过后，乙方应向甲方移交系统管理员账号、配置清单及数据字典。

五、服务水平
（一）系统月可用率不低于99.5%，计划内维护须提前48小时通知甲方，并安排在夜间进行。
（二）一级故障（系统无法登录、无法预约或无法支付）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，24小时内解决。
（三）月可用率每低于约定0.1个百分点，乙方减免甲方当月订阅费的5%；一级故障响应或恢复超时的，每次减免当月订阅费的2%。
（四）乙方应提供7×24小时服务热线和在线工单系统，并每月向甲方提交服务报告，包括可用率统计、故障清单及处理情况。
（五）系统版本升级应提前7日通知甲方，不得降低现有功能，不得影响门店正常营业。
（六）乙方应每日对系统数据进行备份，备份数据保存不少于30日，数据恢复点目标不超过1小时。

六、知识产权
（一）“约练云”系统标准产品的知识产权归乙方所有。
（二）乙方为甲方定制开发的课程体系页面、赛事报名页面、经营驾驶舱及相关设计文件，知识产权归甲方所有，甲方可自行或委托第三方使用和修改。
（三）乙方保证系统不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理。
（四）乙方为甲方开发的小程序应以甲方主体名义注册，相关账号归甲方所有。

七、数据
（一）甲方会员信息、预约记录、交易数据等业务数据属于甲方所有。
（二）甲方同意，乙方可将甲方业务数据进行去标识化处理后，用于乙方的行业运营分析报告、产品功能优化及算法训练，该项使用在合同终止后仍可继续。
（三）乙方应对系统中的会员个人信息进行加密存储和传输，落实访问控制、日志审计和等级保护二级要求；发生数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施，并承担因其原因造成的损失。
（四）合同终止后30日内，乙方应向甲方完整导出业务数据，并在导出完成后删除系统中的甲方数据。
（五）乙方处理会员个人信息应遵守《个人信息保护法》，不得向任何第三方出售或提供会员姓名、联系方式等可识别个人身份的信息。
（六）乙方不得在境外存储或处理甲方业务数据。

八、保密
乙方对履约中知悉的甲方会员资料、经营数据、价格政策等商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后三年。乙方应与参与本项目的员工签订保密协议。

九、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日，按本合同总金额的千分之一支付违约金。
（二）甲方逾期支付的，每逾期一日按应付金额的万分之三支付违约金。
（三）因乙方原因导致会员储值、课包余额错误的，乙方应在3日内核实并更正，由此造成的损失由乙方承担。
（四）乙方违反第七条、第八条约定的，应赔偿甲方因此遭受的全部损失，包括甲方向会员支付的赔偿及行政罚款。
（五）乙方支付的违约金不足以弥补甲方损失的，应补足差额。

十、分包
乙方不得将实施服务转包；将部分门店现场培训分包给第三方的，须事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面催告后15日内未纠正的，守约方有权书面通知解除本合同。
（二）因乙方原因导致系统连续中断超过48小时的，甲方有权解除合同，乙方应退还剩余服务期的订阅费。
（三）合同解除或终止的，乙方应按第七条第（四）项完成数据导出，并为甲方迁移至其他系统提供必要协助。
（四）因不可抗力导致系统中断的，乙方应及时通知甲方并尽快恢复；不可抗力持续超过30日的，任何一方可解除合同。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
本合同附件包括门店清单、功能清单、定制需求说明书，附件与本合同具有同等效力。双方联系人变更的，应书面通知对方。双方往来通知以书面或电子邮件形式送达合同载明的联系人。

甲方（盖章）：上海飞旗体育发展有限公司
乙方（盖章）：杭州约练云科技有限公司
日期：2027年　月　日
"""

H792Z04 = """南岭市皮肤病防治所麻风病患者随访管理系统2027年度运维服务合同

合同编号：NLPF-YW-2027-02
甲方：南岭市皮肤病防治所（南岭市麻风病防治所）
乙方：广州康随信息技术有限公司

甲方使用的麻风病患者随访管理系统（以下简称“随访系统”）由乙方建设，已于2024年通过验收，用于全市麻风病现症患者、治愈存活者及密切接触者的登记、随访、畸残康复和健康教育管理。系统目前覆盖全市11个区县皮防站及186家乡镇卫生院，在册管理对象约2,300人。为保障系统稳定运行，甲方委托乙方提供2027年度运维服务。双方经协商一致，签订本合同。

第一条 服务范围
1. 随访系统应用软件、数据库及中间件的日常运行监控、故障处理和性能优化。
2. 每月一次系统巡检，每季度一次数据库健康检查及备份恢复演练，并提交书面报告。
3. 根据国家麻风病防治规划及甲方业务变化，对随访表单、统计报表进行调整，全年不少于20个工作量单位。
4. 配合甲方完成等级保护测评、安全检查发现问题的整改。
5. 为各区县皮防站及乡镇卫生院用户提供电话及远程技术支持，并在工作日派1名工程师驻场服务。
6. 每年汛期前和重大节假日前开展专项安全检查，评估并更新操作系统和数据库补丁。
7. 维护国家麻风病防治信息系统数据上报接口，保证上报数据及时、准确。
8. 每季度清理系统用户账号，停用离岗人员账号，并向甲方报送账号核查清单。
9. 乙方应保持运维团队稳定，驻场工程师应具备两年以上医疗信息系统运维经验，更换人员须经甲方同意。
10. 对新入职的乡镇卫生院用户开展操作培训，全年不少于6次。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，如甲方需要继续采购运维服务，双方另行签订合同，本合同不自动续期。
驻场工程师工作时间为工作日8:30至17:30，节假日安排专人电话值守。

第三条 服务费用及支付
1. 年度运维服务费为人民币386,000元（含税），包括人员、差旅、工具及税费等全部费用。
2. 服务费按季度支付，每季度96,500元。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费。
3. 甲方不向乙方预付任何款项。
4. 服务费已包括乙方完成本合同所需的全部费用，除甲方书面要求增加的服务外，乙方不得另行收费。乙方应在每季度付款前开具等额发票。

第四条 服务水平
1. 故障分级：一级故障指随访系统整体无法访问、数据库损坏或随访数据丢失；二级故障指部分功能不可用，影响区县或乡镇用户正常录入；三级故障指一般操作问题及咨询。
2. 响应及处理时限：一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复系统运行；二级故障1小时内响应，24小时内解决；三级故障在2个工作日内解决。
3. 每月数据备份成功率应达到规定要求，备份数据应保存在甲方指定的存储设备上。
4. 乙方应建立运维工单记录，对每一故障记录报修时间、响应时间、处理过程和恢复时间，每月汇总报甲方。
5. 系统升级、补丁更新等计划内操作，应提前3个工作日报甲方批准，并在非工作时间进行，操作前做好数据备份。
6. 乙方未达到上述服务水平的，应在5个工作日内向甲方提交书面说明和整改报告，并采取措施防止再次发生；甲方不因此扣减服务费，乙方亦不因此支付违约金或赔偿。

第五条 季度考核
1. 甲方按季度对乙方服务进行考核，考核内容包括：巡检及健康检查报告是否按时提交、工单是否闭环、备份恢复演练是否成功、用户满意度。
2. 考核以甲方签署的季度服务确认单为准。考核不合格的，乙方应在15日内整改，整改后重新考核，重新考核合格后支付当季服务费。
3. 年度服务结束时，乙方应提交年度运维总结、系统配置文档及全部运维记录，经甲方确认后方可办理当年最后一季度付款。
4. 甲方应为驻场工程师提供必要的办公场所和网络条件，并指定专人负责与乙方对接。
5. 甲方可根据考核结果向乙方提出书面改进意见，乙方应在10个工作日内反馈落实情况。

第六条 数据安全
1. 随访系统中的患者身份信息、病历资料、随访记录及畸残康复信息均属于甲方所有，属于敏感个人信息。乙方仅可为履行本合同目的访问和处理，不得复制、留存、对外提供或用于任何其他用途。
2. 乙方运维人员须签署个人保密承诺书，经甲方审批后开通账号，通过甲方堡垒机进行操作，严禁将患者数据导出至乙方设备。
3. 乙方应按照网络安全等级保护三级要求落实安全措施。发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。
4. 乙方不得使用真实患者数据进行测试，确需测试的，应使用甲方提供的去标识化测试数据。
5. 服务期满或合同终止时，乙方应交回全部账号、介质和资料，并书面确认未留存任何患者数据。
6. 乙方应配合甲方开展数据安全风险评估和个人信息保护合规审计。

第七条 保密
乙方对运维中知悉的患者信息、甲方工作文件及系统配置信息负有保密义务，不得以任何形式向第三方披露。保密义务在本合同终止后继续有效。
乙方应对运维人员进行保密教育，运维人员离职或更换时，乙方应提前通知甲方并办理账号注销。乙方不得以任何形式公开随访系统的截图、数据样本或患者统计信息。

第八条 知识产权
乙方在运维中为甲方调整、开发的表单、报表、脚本及相关文档，知识产权归甲方所有，甲方可自由使用和修改。
乙方保证提供的服务及成果不侵犯第三方知识产权。

第九条 违约责任
1. 乙方未按约定时间提交月度巡检报告、季度健康检查报告或完成备份恢复演练的，每逾期一日，按年度服务费的千分之一向甲方支付违约金。
2. 乙方违反第六条、第七条约定的，除承担第六条约定的责任外，甲方有权要求乙方更换运维人员。
3. 乙方驻场工程师无故缺勤的，乙方应另行安排人员补足工作日。

第十条 合同的履行与解除
1. 鉴于随访系统需连续运行，服务期内双方均应全面履行本合同，任何一方不得单方提前解除合同。
2. 乙方服务出现问题的，甲方可要求乙方限期整改、更换驻场人员，或按第九条要求乙方支付违约金，但不得因此解除本合同。
3. 因不可抗力导致本合同无法履行的，双方协商处理。
4. 服务期满后，乙方应配合甲方完成运维工作交接，向甲方或其指定的新服务商移交系统文档、账号和运维记录，交接期不少于15日。

第十一条 分包
乙方不得将本合同项下的任何服务转包或分包给第三方。乙方应对其运维人员的行为承担全部责任。

第十二条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，乙方应继续履行本合同其余部分。

第十三条 其他
1. 本合同附件：运维服务内容清单、季度考核表、保密承诺书。
2. 本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。
3. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方联系人及联系方式以附件为准。

甲方（盖章）：南岭市皮肤病防治所
乙方（盖章）：广州康随信息技术有限公司
日期：2027年　月　日
"""

H792Z05 = """# 匠链铸造追溯软件销售及定制开发合同

（匠链标准合同文本 JL-HT-V3.0）

合同编号：JL-2027-0415

甲方：湖北楚韵编钟铸造坊有限公司

乙方：武汉匠链软件有限公司

甲方拟采购乙方“匠链铸造追溯软件”，用于编钟从制模、熔炼浇铸、打磨到调音测试的全过程记录与追溯。甲方主要从事仿古编钟、编磬的铸造与调音，每年铸造各类编钟约三百件，需对每件钟体的铸造过程和调音结果留存完整记录。乙方按其标准合同文本与甲方订立本合同，双方同意遵守以下条款。

## 第一条 合同标的

1.1 乙方向甲方提供“匠链铸造追溯软件”标准版永久使用许可（10个并发用户），并在标准版基础上为甲方进行定制开发。

1.2 定制开发内容：调音频谱采集设备对接（支持甲方现有两台频谱分析仪）、编钟铸造工艺卡电子化、钟体一物一码标识及追溯查询页面、合金配比与浇铸温度记录模块。

1.3 乙方负责软件安装部署、基础数据初始化及甲方操作人员培训。

1.4 软件运行环境：服务器由甲方自备，数据库随软件提供，由乙方负责安装配置。

1.5 乙方向甲方提供软件操作手册和安装说明各一份（电子版）。软件许可的并发用户数不足时，甲方可按乙方当时的价格另行购买。

1.6 定制开发以甲方现有两台频谱分析仪的数据接口为基础；甲方更换设备的，对接工作另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链铸造追溯软件标准版许可（10并发） | 360,000 |
| 2 | 定制开发（频谱对接、工艺卡、一物一码、配比记录） | 196,000 |
| 3 | 安装部署及培训 | 24,000 |
| | 合计 | 580,000 |

合同总价为人民币伍拾捌万元整（580,000元），含税。

上述价格不包括甲方服务器、网络设备、频谱分析仪升级费用，也不包括乙方人员现场服务期间的差旅费；差旅费按实际发生由甲方另行承担。乙方人员现场服务费标准为每人天2,000元。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即377,000元，乙方收款后启动项目。

3.2 软件安装部署完成后5个工作日内，甲方支付合同总价的35%，即203,000元。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

3.4 乙方收到每笔款项后开具增值税普通发票。甲方未按约定支付首付款的，乙方有权顺延交付期限。

3.5 各期款项支付至乙方指定账户，乙方账户变更应书面通知甲方。

## 第四条 交付

4.1 乙方在收到首付款后90日内完成软件安装部署及定制开发。因甲方需求变更、现场条件不具备等原因造成的延误，交付期相应顺延。

4.2 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 甲方应为乙方提供安装部署所需的服务器、网络及现场工作条件，并指定专人配合需求调研。甲方未按时提供的，乙方不承担延误责任。

4.4 定制开发需求以双方签字确认的需求说明书为准；需求说明书确认后，甲方提出的需求变更须另行计费。

4.5 交付内容：软件安装介质、许可证书、定制模块的可执行程序及操作手册。乙方不向甲方交付源代码。

4.6 乙方可根据项目进展调整项目人员，并通知甲方。

## 第五条 验收

5.1 软件在甲方服务器上安装部署完成，即视为甲方验收合格。

5.2 甲方对软件功能有异议的，应在部署完成后3日内书面提出，逾期未提出的，视为无异议。

5.3 甲方自行安装、修改软件或将软件用于本合同约定以外的环境所导致的问题，不属于乙方责任。验收合格后出现的问题，按第六条处理。

5.4 甲方拒绝或拖延安装部署的，自乙方通知可部署之日起满10日，视为安装部署完成。

## 第六条 维护服务

6.1 自软件安装部署完成之日起，乙方提供六个月的免费维护服务，包括远程技术支持和缺陷修复。

6.2 维护期内，对于影响生产记录的一级故障，乙方在接到甲方报修后2小时内响应，8小时内提供解决方案；其他故障在2个工作日内处理。乙方响应超时的，按每超时1小时人民币200元抵扣甲方应付的维护费。

6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的32%，即每年115,200元。

6.4 年度维护费在每个维护年度开始前一次性支付。甲方未购买年度维护服务的，乙方不再提供升级、缺陷修复及技术支持。

6.5 因甲方操作不当、硬件故障、病毒或不可抗力造成的故障，不属于免费维护范围。维护服务以远程方式为主，确需现场服务的，甲方应承担乙方人员的差旅费用。

6.6 维护期内提供的升级以乙方正式发布的版本为准，乙方对升级内容享有最终决定权。

## 第七条 知识产权

7.1 “匠链铸造追溯软件”及其全部组成部分的知识产权归乙方所有。

7.2 乙方为甲方定制开发的全部模块、接口程序、源代码及相关文档，其知识产权亦归乙方所有。甲方仅在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。乙方可将定制开发成果用于其他客户。

7.3 甲方不得将软件复制、出租或转让给第三方，不得超出许可用户数使用。

## 第八条 数据

8.1 甲方在软件中录入的铸造工艺、合金配比、调音数据等业务数据归甲方所有，乙方仅为提供本合同服务之目的接触和使用。

8.2 乙方应采取必要的技术措施保障软件中数据的安全，远程维护须经甲方同意；因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复并承担相应赔偿责任。

8.3 甲方应自行做好数据备份。合同终止后，乙方根据甲方要求协助导出业务数据，导出服务按人天另行收费。

## 第九条 保密

双方对在合作中获悉的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。乙方可将本项目作为案例用于市场宣传，但不得披露甲方的工艺数据。

## 第十条 分包

乙方可根据项目需要，将部分开发、安装工作委托第三方完成，无需征得甲方同意，乙方对委托工作的质量负责。乙方委托的第三方人员进入甲方现场时，应遵守甲方的安全管理规定。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过人民币壹拾万元。

11.2 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

11.3 甲方就软件质量提出索赔的，应在发现问题后15日内书面提出，逾期视为放弃。

11.4 因甲方提供的资料、数据错误或其他甲方原因导致的损失，由甲方自行承担。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。因不可抗力导致合同无法履行的，双方互不承担责任。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交武汉仲裁委员会仲裁。

## 第十四条 其他

本合同未尽事宜，以乙方发布的《匠链软件服务说明》为准。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。双方往来通知以书面或电子邮件形式发送至合同载明的地址。本合同附件包括报价单和需求说明书。

甲方（盖章）：湖北楚韵编钟铸造坊有限公司

乙方（盖章）：武汉匠链软件有限公司

日期：2027年　月　日
"""

H792E01 = """T:Software Licence and Services Agreement
P:Agreement No. CLS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Yiwu Hengtong Export Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yiwu, Zhejiang Province (the "Buyer"), and Cedarline Software S.A.L., a company incorporated in Lebanon with its registered office at Riad El Solh Street, Nabatieh, Lebanon (the "Vendor").
P:The Buyer exports household goods to distributors in the Middle East and North Africa and wishes to automate the preparation of its Arabic and English trade documents. The Vendor develops and licenses the TradeScribe document automation software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TradeScribe document automation software, version 6, in object code, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Deliverables" means the interface programs, templates, scripts, configuration files and documents created by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated by the Software in the Buyer's environment, including customer lists, shipment records, prices and trade documents.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Scope
P:2.1 The Vendor shall grant the licence described in Article 3 and shall install, configure and implement the Software on the Buyer's servers in Yiwu.
P:2.2 The Vendor shall develop interfaces between the Software and the Buyer's ERP system and customs declaration system, so that commercial invoices, packing lists, certificates of origin and Arabic-language shipping documents are generated from ERP sales orders without manual re-keying.
P:2.3 The Vendor shall provide 60 document templates, train the Buyer's users and administrators, and hand over complete documentation of the configuration.
H:Article 3 Licence
P:3.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for 60 named users at the Buyer and its wholly owned subsidiaries in mainland China, for their internal business purposes.
P:3.2 The Buyer may make copies of the Software for backup, testing and disaster recovery.
P:3.3 The Vendor retains ownership of the Software. Nothing in this Agreement transfers title to the Software to the Buyer.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,230,000 (one million two hundred and thirty thousand yuan), inclusive of all taxes, duties and expenses, made up as follows: perpetual licence for 60 named users, CNY 820,000; installation, configuration and implementation, CNY 236,000; ERP and customs interface development, CNY 148,000; training, CNY 26,000.
P:4.2 The price is fixed.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the total price as an advance within 15 days after signing, against the Vendor's invoice and an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 45% of the total price within 15 days after the Software is installed in the production environment and the interfaces are delivered for testing. Installation is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the total price within 15 days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the account of the Vendor named in its invoice.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall install the Software within 45 days and complete all interfaces and templates within 120 days after signing, according to the project plan approved by the Buyer.
P:6.2 Acceptance tests shall verify that: (a) all 60 templates produce documents that match the approved samples field by field; (b) documents generated from 200 consecutive ERP sales orders contain no data errors; (c) Arabic text is rendered correctly from right to left in every template; (d) a set of 50 documents is generated in no more than 90 seconds; and (e) the interfaces reconnect automatically after an ERP restart.
P:6.3 When the tests are passed and the system has run in production for 30 consecutive days without a Severity 1 defect, the Buyer shall issue a Final Acceptance certificate. If a test fails, the Vendor shall correct the defect within 10 days and the test shall be repeated.
P:6.4 Use of the Software in production, or any payment, does not by itself mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Deliverables will perform in accordance with the documentation and the approved specifications for a warranty period of eighteen months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and new releases, and provide technical support free of charge.
P:7.2 Defects are classified by severity. A Severity 1 defect stops document generation or the interfaces for all users; a Severity 2 defect stops a single function or template; a Severity 3 defect is any other defect.
P:7.3 The Vendor shall respond to a Severity 1 defect within one hour, remotely, and restore service or provide a workaround within 8 hours. It shall respond to a Severity 2 defect within 2 hours and correct it within 2 business days. Severity 3 defects are corrected in the next release.
P:7.4 For each hour by which the Vendor exceeds a response or restoration time for a Severity 1 defect, the Vendor shall credit the Buyer CNY 1,000 against the next support invoice or, during the warranty period, pay that amount to the Buyer.
P:7.5 After the warranty period, the Buyer may order annual support services covering the same scope. The annual support fee shall be 9% of the licence fee, being CNY 73,800 per year, and shall not be increased during the first three years after the warranty period. Support renews only by the Buyer's written order.
H:Article 8 Intellectual Property
P:8.1 All intellectual property rights in the Deliverables, including source code and documentation, belong to the Buyer upon creation. The Buyer may use, modify, copy and license the Deliverables freely, alone or through third parties. The Vendor shall deliver the source code of the Deliverables at Final Acceptance.
P:8.2 The Vendor warrants that the Software and the Deliverables do not infringe any third-party rights and shall indemnify the Buyer against any claim that they do.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may access Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:9.2 The Software is installed on the Buyer's servers in mainland China. The Vendor's remote access requires the Buyer's prior approval for each session, takes place through the Buyer's bastion host and is logged. The Vendor shall not transfer Buyer Data outside mainland China.
P:9.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 2 hours after becoming aware of it, assist in containing it, and bear all losses caused by an incident attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including prices, customer information and technical information, and use it only for this Agreement. This obligation continues for five years after the end of this Agreement.
H:Article 11 Delay Damages and Liability
P:11.1 If the Vendor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the total price, except for liability for breach of Articles 8, 9 and 10, personal injury, fraud or wilful misconduct, which is not limited.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the work without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after written notice, or if the delay damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted, and the licence granted under Article 3 continues for any Software already paid for.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event continues for more than 60 days, either party may terminate this Agreement by notice.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Lebanon.
P:15.2 Any dispute arising out of or in connection with this Agreement shall first be negotiated in good faith for 30 days. Failing settlement, it shall be finally resolved by arbitration under the Rules of the Lebanese Arbitration Centre of the Beirut Chamber of Commerce, with a sole arbitrator, seated in Beirut. The language of the arbitration shall be English.
H:Article 16 General
P:16.1 This Agreement is made in English in two originals. It may be amended only in writing signed by both parties. Annex 1 (Project Plan) and Annex 2 (Template List) form part of this Agreement.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________    Date: ____________________
"""

H792E02 = """# DeskNova Order Form and General Terms

**Order Form No. DN-OF-2027-0093**

This Order Form is entered into between Akkar Cloud Desk S.A.L., a Lebanese company with its registered office on Main Street, Halba, Akkar, Lebanon ("Vendor"), and Shenzhen Yuexin Cross-border E-commerce Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Longhua District, Shenzhen ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Subscribed Services

Vendor shall provide the DeskNova omnichannel customer-support platform as a hosted subscription service (the "Service") for Customer's after-sales teams serving online shoppers in the Gulf states, Egypt and Morocco. The Service includes ticketing, shared inboxes for e-mail, web chat and messaging channels, an Arabic, English and Chinese knowledge base, machine translation of customer messages, agent performance reports and a supervisor dashboard.

Quantity: 120 named agent seats.

### A2. Onboarding Services

Vendor shall (a) configure the Service for Customer's three support teams, (b) migrate open tickets, customer contact histories and the existing knowledge base from Customer's current helpdesk tool, (c) build integrations with Customer's order management system and its two online store platforms, so that agents see order, payment and shipping status inside each ticket, and (d) train team leaders and agents.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Agent seats, Subscription Year 1 | 120 seats x CNY 2,240 | 268,800 |
| Agent seats, Subscription Year 2 | 120 seats x CNY 2,240 | 268,800 |
| Onboarding Services (one-time) | fixed price | 38,000 |
| Total for the Initial Term | | 575,600 |

All amounts are in CNY and include applicable taxes. Vendor shall issue valid PRC VAT invoices through its appointed billing agent in Shenzhen.

### A4. Term and Payment

A4.1 The Initial Term consists of two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A6 (the "Subscription Start Date"); each Subscription Year lasts one year.

A4.2 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a correct invoice.

A4.3 The Onboarding Services fee is invoiced after Go-Live Acceptance and is payable within 30 days after receipt of a correct invoice. No amount is payable before the Subscription Start Date.

### A5. Renewal

This Order Form renews automatically for successive Renewal Terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. Vendor may increase the fees for any Renewal Term by up to 9% over the fees of the preceding Subscription Year by giving Customer written notice at least 75 days before the renewal date. The increased fees apply automatically if Customer does not give notice of non-renewal.

### A6. Go-Live and Acceptance

A6.1 Vendor shall make the configured Service, the migrated data and the integrations available for Go-Live testing within 50 days after the date of this Order Form.

A6.2 Go-Live testing shall confirm that: (a) all open tickets, contact histories and knowledge-base articles have been migrated and reconcile with the export from Customer's current tool; (b) order, payment and shipping status is displayed correctly in tickets for a sample of 300 orders from each store platform; (c) Arabic messages are displayed correctly and machine translation into Chinese works in all channels; and (d) 120 agents can work concurrently with page response times of no more than 2 seconds.

A6.3 When the tests are passed, Customer shall sign a Go-Live Acceptance certificate within 5 business days. Use of the Service by agents during testing is not acceptance.

A6.4 If Go-Live Acceptance is delayed beyond the date in A6.1 for reasons attributable to Vendor, Vendor shall pay Customer delay damages of CNY 500 for each day of delay, up to a total of CNY 25,000.

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for Customer, including tickets, messages, attachments, contact details of Customer's end customers, order information and knowledge-base content, and all outputs generated from it.

1.2 "Customer Configurations" means workflows, macros, templates, reports, integration scripts and knowledge-base structures created by Vendor or Customer specifically for Customer.

1.3 "Priority 1 Incident" means an incident that makes the Service unavailable for all agents or stops all channels of one type from receiving messages.

### 2. Provision of the Service

2.1 Vendor shall provide the Service in accordance with the documentation and this Order Form. The Service is hosted by Vendor on a public cloud region in mainland China operated by a licensed cloud provider.

### 3. Service Levels

3.1 Vendor shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Vendor shall respond to a Priority 1 Incident within 30 minutes, 24 hours a day, and restore the Service or provide a workaround within 3 hours. Other incidents are answered within 2 business hours and resolved within 3 business days.

3.3 If availability in a month falls below the level in 3.1, Customer shall receive a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part of it) below that level, up to 50% of that monthly amount. A late response or restoration for a Priority 1 Incident gives a further credit of 2% of that monthly amount per incident. Credits are deducted from the next invoice or, at the end of the term, paid to Customer.

### 4. Customer Data

4.1 Customer Data belongs to Customer. Vendor may process Customer Data only to provide the Service to Customer and in accordance with Customer's documented instructions, and shall not use it for any other purpose.

4.2 Within 30 days after the end of the term, Vendor shall make all Customer Data available for export in a standard format and shall then delete it from the Service and confirm the deletion in writing.

### 5. Data Security

5.1 Vendor shall maintain an information security programme certified to ISO/IEC 27001 and shall keep the Service hosting environment filed at MLPS level 3. Customer Data shall be encrypted in transit and at rest, stored only in mainland China, and accessed by Vendor personnel only through multi-factor authentication and logged administrative access.

5.2 Vendor shall notify Customer without undue delay, and in any case within 24 hours, after becoming aware of a security incident affecting Customer Data, shall cooperate with Customer in responding to it, and shall bear the costs and losses caused to Customer by an incident resulting from Vendor's breach of this Section.

### 6. Confidentiality

6.1 Each party shall keep the other party's Confidential Information secret, use it only for the purposes of this Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations. Confidential Information includes the terms of this Order Form, Customer Data and either party's business and technical information marked or reasonably understood as confidential.

6.2 These obligations continue for three years after the end of the term, and indefinitely for Customer Data.

### 7. Intellectual Property

7.1 Vendor owns the Service, the DeskNova software and all improvements to them.

7.2 Customer Configurations belong to Customer. Customer may use, modify and license them, and may give them to any successor service provider. Vendor shall export them together with Customer Data under 4.2.

### 8. Subprocessors and Subcontractors

8.1 Vendor shall not engage any subcontractor or subprocessor to perform any part of the Service or to process Customer Data without Customer's prior written consent. The hosting provider and the billing agent named in Annex 1 are approved by Customer's signature of this Order Form.

8.2 Vendor remains responsible for the acts and omissions of its subcontractors and subprocessors.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profits.

9.2 Each party's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid or payable by Customer in the six months preceding the event giving rise to the claim.

9.3 The limitations in 9.1 and 9.2 do not apply to Customer's obligation to pay fees or to liability for fraud, wilful misconduct or personal injury.

### 10. Term and Termination

10.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice describing the breach.

10.2 Customer may also terminate by written notice if availability falls below the level in 3.1 in three consecutive months.

10.3 On termination by Customer under 10.1 or 10.2, Vendor shall refund the fees paid for the remainder of the then-current Subscription Year.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Any dispute arising from this Order Form shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai. The arbitral award is final and binding on both parties.

### 12. General

12.1 This Order Form is made in English and Chinese. Both versions are equally authentic.

Annex 1: Approved subprocessors (hosting provider; billing agent).

Signed for Vendor: ____________________  Signed for Customer: ____________________
"""

H792E03 = """T:Supply Contract for Cold-Store Temperature Monitoring Sensors and Software
P:Contract No. HYCC-PUR-2027-052
P:Buyer: Qingdao Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China, registered office in Huangdao District, Qingdao, Shandong Province.
P:Supplier: Orontes Instruments S.A.R.L., a company incorporated in Lebanon, registered office on the Baalbek Road, Hermel, Lebanon.
P:The Buyer operates four cold stores in Qingdao for frozen seafood and pharmaceuticals. Following its request for quotation, the Buyer accepts the Supplier's offer to supply wireless temperature and humidity sensors, gateways and monitoring software, and to install and commission them. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, antennas, mounting parts and spare parts listed in Clause 2.
P:1.2 "Software" means the ColdWatch monitoring software and its documentation, including updates supplied under this Contract.
P:1.3 "System" means the Equipment and the Software as installed, configured and integrated at the Buyer's sites.
P:1.4 "Buyer Data" means all temperature, humidity, alarm and audit-trail records and all other data generated or stored by the System.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and licence the Software, deliver DDP to the Buyer's sites in Qingdao, install and commission the System, carry out temperature mapping and calibration, integrate the System with the Buyer's warehouse management system (WMS) and alarm platform, and train the Buyer's staff.
P:2.3 Training shall cover system operation, alarm handling, sensor replacement and calibration checks for at least 20 of the Buyer's staff, in Chinese, with written materials.
P:2.4 The Contract Price is CNY 1,002,000, fixed and inclusive of all taxes, import duties, freight, insurance, installation and travel costs, as set out in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, accuracy ±0.3 °C|320|1,150|368,000
TB:2|LoRa gateways with backup batteries|24|6,800|163,200
TB:3|ColdWatch software, perpetual licence for 400 measuring points|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||817,200
TB:4|Installation, temperature mapping and calibration|1 lot|94,000|94,000
TB:5|Integration with WMS and alarm platform|1 lot|72,000|72,000
TB:6|Training|1 lot|18,800|18,800
TB:|Contract Price|||1,002,000
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, transferable licence to use the Software on the Buyer's servers for up to 400 measuring points for the Buyer's cold-store operations, including operations of its affiliates in mainland China.
P:3.2 The Buyer may make copies of the Software for backup and disaster recovery.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment within 60 days and complete installation and commissioning within 90 days after this Contract is signed.
P:4.2 When installation is complete, the parties shall sign an Installation Certificate. The Installation Certificate confirms only quantities and installation and is not acceptance.
P:4.3 The Supplier shall submit an installation plan for each cold store at least 10 days before work starts. Work inside cold stores shall follow the Buyer's safety rules for low-temperature areas, including limits on working time and the use of protective clothing, and shall be scheduled so that stored goods are never exposed to temperatures outside their storage range.
P:4.4 If the Supplier fails to meet the completion date in Clause 4.1 or the acceptance date in the project schedule for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Acceptance tests shall be carried out jointly and shall show that: (a) every sensor reads within ±0.3 °C of a calibrated reference thermometer at three test points; (b) temperature mapping of each cold store has been completed according to the approved protocol and the report identifies hot and cold spots; (c) every sensor transmits at least once per minute and no sensor misses more than three consecutive readings during a 7-day test run; (d) an alarm for an out-of-range temperature reaches the WMS, the alarm platform and the responsible person's mobile phone within 60 seconds; and (e) the audit trail records all changes to settings and cannot be edited by users.
P:5.2 When all tests are passed, the Buyer shall issue a Final Acceptance Certificate within 5 working days. If a test fails, the Supplier shall correct the defect at its own cost within 10 days and the test shall be repeated. Installation, use of the System or any payment does not mean acceptance.
H:6. Payment
P:6.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signing, against an advance-payment guarantee of the same amount from a bank in mainland China.
P:6.2 The Buyer shall pay 55% of the Contract Price within 15 working days after the Installation Certificate is signed.
P:6.3 The Buyer shall pay the remaining 35% of the Contract Price within 15 working days after the Final Acceptance Certificate is issued.
P:6.4 Each payment requires a valid VAT invoice issued by the Supplier's appointed importer of record in Qingdao.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for twenty-four months from Final Acceptance. During the warranty period, the Supplier shall repair or replace defective Equipment free of charge, supply Software updates, and recalibrate all sensors once a year.
P:7.2 Faults are classified as Critical (a gateway or the Software fails so that one or more cold stores are no longer monitored), Major (single sensors fail or alarms are delayed) and Minor (all other faults).
TB:Fault level|Response|Remedy or workaround|Credit for late response or fix
TB:Critical|30 minutes, remote|Monitoring restored within 8 hours, if needed with spare gateways|CNY 800 per hour late
TB:Major|2 hours|Within 2 working days|CNY 300 per day late
TB:Minor|1 working day|Next scheduled visit|None
P:7.3 Credits are deducted from the retention or the next invoice, or paid to the Buyer on demand.
P:7.4 The Supplier shall keep a stock of spare sensors and two spare gateways in Qingdao throughout the warranty period.
P:7.5 After the warranty period, the Buyer may order annual support covering the same services. The annual support fee shall be 7.5% of the Hardware and Licence Subtotal, being CNY 61,290 per year, and shall remain fixed for three years after the warranty period. Support continues only by the Buyer's written order; there is no automatic renewal.
H:8. Intellectual Property
P:8.1 The Supplier, or its licensors, retain the intellectual property rights in the Software and the embedded firmware.
P:8.2 All intellectual property rights in the integration programs, dashboards, alarm rules, reports and mapping reports made for the Buyer belong to the Buyer. The Buyer may use, modify and license them without restriction. The Supplier shall deliver their source code at Final Acceptance.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer and may be used by the Supplier only to perform this Contract. The Supplier shall not copy, retain or disclose Buyer Data.
P:9.2 The System shall store Buyer Data only on the Buyer's servers. The gateways shall send data only to those servers, using encryption. The Supplier may access the System remotely only with the Buyer's approval, through the Buyer's VPN, and with all sessions logged.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within 2 hours, help contain and remedy it, and bear the Buyer's losses from any incident caused by the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's site layouts, customer information, prices and all other non-public information received under this Contract, and shall not disclose it without the Buyer's prior written consent. This obligation survives the end of this Contract for five years.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves Qingdao Lianke Electrical Engineering Co., Ltd. as installation subcontractor by signing this Contract. The Supplier remains fully responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages under Clause 4.4 reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
P:13.2 Either party may terminate this Contract by notice if force majeure prevents performance for more than 60 days.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.
H:15. General
P:15.1 This Contract is made in English and Chinese, both equally authentic. Annex 1 (Site List) and Annex 2 (Acceptance Test Protocol) form part of this Contract.
P:15.2 Notices shall be in writing and sent to the addresses and contact persons listed in Annex 1.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H792E04 = """# Managed IT Services Agreement

**Agreement No. TFIE-MSA-2027-07**

**Customer:** Chengdu Tianfu International Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan Province.

**Supplier:** Bethlehem Digital Operations Co., a company registered in Palestine with its registered office on Manger Street, Bethlehem.

**Background.** Customer carries out engineering and construction projects in the Middle East and runs regional project offices in Amman, Riyadh and Muscat with about 420 staff. Customer wishes to outsource its multilingual IT service desk, end-user support and infrastructure monitoring for those offices to Supplier for a fixed term of 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the services described in Schedule 1, performed at the service levels in Schedule 2.

1.2 "Term" means 36 months starting on the Service Commencement Date.

1.3 "Service Commencement Date" means the first day of the month following Transition Acceptance under Section 4.

1.4 "Customer Data" means all data of Customer and its staff that Supplier receives, accesses or processes in performing the Services, including user accounts, tickets, device records, logs and documents.

1.5 "Charges" means the charges set out in Schedule 3.

## Section 2. Services

2.1 Supplier shall provide the Services from the Service Commencement Date until the end of the Term, in English, Arabic and Chinese, in accordance with this Agreement, Customer's IT policies notified to Supplier in writing and good industry practice.

2.2 Supplier shall assign a named service delivery manager who attends a monthly service review with Customer's IT manager and presents a service report covering ticket volumes, service-level performance, open problems and improvement actions.

2.3 Supplier shall use Customer's IT service management tool for all tickets. Supplier shall not move ticket data into any other tool without Customer's written approval.

2.4 Supplier shall maintain a service improvement plan and propose at least two improvement actions in each quarterly review, with their expected benefits and costs.

## Section 3. Term

3.1 This Agreement starts on signature and ends at the end of the Term.

3.2 Any extension of the Term requires a written amendment signed by both parties. There is no automatic renewal.

## Section 4. Transition

4.1 Within 45 days after signature, Supplier shall complete the transition of the Services from Customer's current provider, including knowledge transfer, documentation of all supported systems, set-up of monitoring, and a two-week parallel run.

4.2 Transition Acceptance requires that: (a) all supported users and devices are recorded in the service management tool; (b) monitoring covers all servers, network devices and links listed in Schedule 1; (c) knowledge articles exist for the 50 most frequent request types; (d) during the parallel run, Supplier answered at least 95% of calls within 60 seconds and resolved all Priority 1 test incidents within the times in Schedule 2; and (e) the exit plan under Section 12 has been delivered. Customer shall confirm Transition Acceptance in writing within 5 business days after the criteria are met. Starting to perform services during the parallel run is not acceptance.

4.3 If Transition Acceptance is not achieved within 45 days after signature for reasons attributable to Supplier, Supplier shall pay Customer delay damages of CNY 1,500 for each day of delay, up to CNY 60,000.

## Section 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Charges are fixed for the Term and include all taxes, travel and tools.

5.2 The monthly service charge is invoiced monthly in arrears, after Customer has approved the monthly service report. The transition charge is invoiced after Transition Acceptance. Customer pays each correct invoice within 30 days after receipt.

5.3 Service credits under Schedule 2 are deducted from the next invoice.

## Section 6. Customer Data

6.1 Customer Data belongs to Customer. Supplier may use Customer Data only to perform the Services and shall not sell, disclose or otherwise exploit it.

6.2 At the end of the Term Supplier shall return all Customer Data in its possession to Customer.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information disclosed by the other party in connection with this Agreement, including Customer's project information, drawings, prices, network information and Customer Data, and shall use it only to perform this Agreement.

7.2 Each party may disclose such information to its employees, subcontractors and advisers who need to know it, provided they are bound by confidentiality obligations no less strict than this Section. These obligations continue for five years after the end of this Agreement.

## Section 8. Intellectual Property

8.1 Supplier keeps its own pre-existing tools, methods and know-how.

8.2 Knowledge articles, runbooks, scripts, monitoring configurations, reports and documentation prepared by Supplier for Customer under this Agreement belong to Customer. Customer may use, modify and license them freely, including by giving them to a successor provider.

## Section 9. Personnel and Subcontracting

9.1 Supplier shall provide sufficient trained and qualified personnel. Field engineers at the regional offices shall hold valid local work permits.

9.2 Supplier may subcontract any part of the Services, including field support at the regional offices, to its affiliates or to third parties by giving Customer 14 days' written notice. Supplier remains responsible for the performance of its subcontractors.

## Section 10. Liability

10.1 Neither party is liable to the other for loss of profit or indirect or consequential loss.

10.2 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term. This limit does not apply to death or personal injury, fraud, wilful misconduct or breach of Section 7.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach that it does not remedy within 30 days after written notice, or if Supplier misses the Priority 1 resolution time in Schedule 2 more than three times in any six consecutive months.

11.2 Either party may terminate by written notice if the other party becomes insolvent or ceases business.

11.3 Customer may terminate for convenience on 90 days' written notice by paying the monthly service charges for the notice period.

11.4 On termination by Customer under 11.1, Supplier shall bear the reasonable additional costs of transferring the Services to a successor provider.

## Section 12. Exit

12.1 On expiry or termination, Supplier shall cooperate with Customer and any successor provider for up to 60 days, transfer all knowledge articles, documentation and open tickets, and continue the Services during that period at the monthly service charge prorated by days.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be referred to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English. The award is final and binding.

## Section 14. General

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, including its Schedules, is the entire agreement of the parties about its subject matter. Amendments must be in writing and signed by both parties.

14.3 Notices shall be in writing in English and sent to the addresses stated above.

## Schedule 1 - Services

| No. | Service | Scope |
|---|---|---|
| 1 | Service desk | Telephone, e-mail and chat support in English, Arabic and Chinese, 07:00-23:00 local time on working days and 09:00-18:00 on weekends |
| 2 | End-user support | Laptops, desktops, printers, mobile devices and collaboration tools for about 420 users; one field engineer on site at each regional office on working days |
| 3 | Infrastructure monitoring | Around-the-clock monitoring of 38 servers, 64 network devices and 9 internet and VPN links, with alerting and first-line fixes |
| 4 | Account management | User onboarding and offboarding, password resets, access requests approved by Customer |
| 5 | Patch and asset management | Monthly patching of user devices and servers; asset register kept up to date in the service management tool |

## Schedule 2 - Service Levels

| Priority | Definition | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | A regional office or a core system is unavailable for all users | 15 minutes | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 | A service is degraded for many users or unavailable for a key user | 1 hour | 1 business day | 1% of the monthly service charge per incident |
| Priority 3 | A single user cannot work normally | 2 business hours | 3 business days | None |
| Service desk | Calls answered within 60 seconds | Monthly measurement | Target met | 2% of the monthly service charge |

Total service credits in a month shall not exceed 20% of the monthly service charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, after Transition Acceptance | 72,000 |
| Monthly service charge | per month, 36 months x CNY 58,500 | 2,106,000 |
| Total Charges for the Term | | 2,178,000 |

Signed for Customer: ____________________  Signed for Supplier: ____________________
"""

H792E05 = """DATA SUBSCRIPTION AND API ACCESS AGREEMENT

Agreement No. LRD-CN-2027-031

BETWEEN

Levant Registry Data Ltd., a company registered in Palestine with its registered office on Al-Irsal Street, Ramallah ("Vendor"),

AND

Hangzhou Zhongrui Supply Chain Management Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Binjiang District, Hangzhou, Zhejiang Province ("Customer").

BACKGROUND

Customer buys and sells industrial raw materials with trading partners in the Middle East and must check each new counterparty before signing a contract. Vendor compiles company registry, beneficial ownership, court record and sanctions data for the countries of the Levant and the Gulf and makes it available through an application programming interface. Customer wishes to subscribe to that data for two Subscription Years and to connect it to its supplier and customer onboarding workflow. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Vendor's REST application programming interface for company search, company profile, ownership and sanctions screening, as described in the API documentation.

1.2 "Licensed Data" means the data records delivered to Customer through the API or in bulk files under this Agreement.

1.3 "Query Data" means all data that Customer or its users submit to the API, including names, registration numbers and addresses of Customer's counterparties, together with the results returned to Customer and the logs of Customer's queries.

1.4 "Subscription Year" means each period of one year starting on the Subscription Start Date or on its anniversary. The "Subscription Start Date" is the date of Integration Acceptance under Clause 5.

1.5 "Priority 1 Incident" means an incident that makes the API unavailable or makes all screening requests fail.

2. SUBSCRIPTION AND LICENCE

2.1 Vendor grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the API and to use the Licensed Data within its group companies in mainland China for counterparty due diligence, credit assessment and compliance screening.

2.2 Customer may store Licensed Data in its own systems together with the related onboarding records, and may keep records needed to demonstrate its compliance checks after the end of this Agreement.

2.3 Customer shall not resell the Licensed Data or make it available to third parties as a data product.

3. FEES

3.1 The fees are:

   Subscription fee, Subscription Year 1 (up to 600,000 API calls):   CNY 348,000
   Subscription fee, Subscription Year 2 (up to 600,000 API calls):   CNY 348,000
   Integration support (one-time, fixed):                              CNY 26,000
   Total fixed fees:                                                    CNY 722,000

3.2 API calls above 600,000 in a Subscription Year are charged at CNY 0.80 per call, invoiced quarterly in arrears. Unused calls do not carry forward.

3.3 All fees are in CNY and include taxes. Vendor shall arrange for valid VAT invoices to be issued by its authorised distributor in Hangzhou.

4. PAYMENT

4.1 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days after receipt of a correct invoice.

4.2 The integration support fee is invoiced after Integration Acceptance and is payable within 30 days after receipt of a correct invoice.

4.3 Customer pays nothing before the Subscription Start Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Within 40 days after signature, Vendor shall provide test API credentials, support Customer's developers in connecting the API to Customer's onboarding system, and deliver a bulk file of the Licensed Data for Customer's existing 3,800 counterparties (the "Delivery Date").

5.2 Integration Acceptance requires that: (a) the API returns correct results for a test set of 500 companies agreed by the parties, with at least 480 exact registry matches and no missed sanctions listing; (b) average response time for a company search is under 800 milliseconds during a one-hour load test of 20 requests per second; (c) Arabic company names are correctly transliterated and searchable in Latin script; and (d) the bulk file for Customer's existing counterparties has been delivered and reconciled.

5.3 Customer shall confirm Integration Acceptance in writing within 5 business days after the criteria are met. Use of test credentials is not acceptance.

5.4 If Vendor fails to meet the Delivery Date or the acceptance criteria for reasons attributable to it, Vendor shall pay Customer delay damages of CNY 600 for each day of delay until Integration Acceptance, up to CNY 36,000.

6. SERVICE LEVELS

6.1 Vendor shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance announced 5 days in advance and carried out between 00:00 and 04:00 Beijing time.

6.2 Vendor shall respond to a Priority 1 Incident within one hour at any time and restore the API within 6 hours. Other incidents are answered within one business day.

6.3 Licensed Data for sanctions lists shall be updated within 24 hours after the official publication of a change. Registry and court data shall be refreshed at least monthly.

6.4 If monthly availability falls below the level in Clause 6.1, Vendor shall credit Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below that level. A missed response or restoration time for a Priority 1 Incident, or a missed sanctions update, gives a further credit of 3% of that monthly amount per event. Credits are deducted from the next invoice or paid at the end of the term. Total credits in a month shall not exceed half of the monthly equivalent.

7. QUERY DATA

7.1 As between the parties, Query Data belongs to Customer. Vendor shall process Query Data to provide the API to Customer.

7.2 Customer grants Vendor a perpetual, royalty-free licence to use Query Data in aggregated and de-identified form to improve the coverage and accuracy of its databases, compile market statistics and develop risk-scoring models offered to its other customers. This licence survives the end of this Agreement.

7.3 Vendor shall delete Query Data in identifiable form within 30 days after the end of this Agreement, except for aggregated and de-identified data under Clause 7.2.

8. DATA SECURITY

8.1 Vendor shall maintain an information security management system certified to ISO/IEC 27001 throughout the term. The API shall be accessible only over encrypted connections with Customer-specific keys and an IP allow-list maintained by Customer.

8.2 Query Data shall be encrypted at rest and kept logically separate from other customers' data. Only Vendor personnel who need access to operate the service may access Query Data, and all access shall be logged and reviewed monthly.

8.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Query Data, provide all information Customer needs to meet its legal obligations, take immediate remedial action, and be responsible for the losses and regulatory costs Customer incurs because of an incident caused by Vendor.

9. INTELLECTUAL PROPERTY

9.1 Vendor owns the API, its databases and the Licensed Data, subject to the rights of its data sources.

9.2 Screening rules, custom watch-lists, report templates and integration code prepared by Vendor for Customer under Clause 5 belong to Customer. Customer may use, modify and license them freely.

10. WARRANTIES

10.1 Vendor warrants that it has the rights needed to grant the licence in Clause 2, that it collects the Licensed Data lawfully from public registers, official gazettes, court publications and licensed sources, and that the Licensed Data is compiled with reasonable skill and care.

10.2 Vendor shall correct any error in the Licensed Data reported by Customer within 5 business days after confirming it.

11. SUBCONTRACTING

11.1 Vendor shall not subcontract the provision of the API or the processing of Query Data without Customer's prior written consent. Vendor remains responsible for any approved subcontractor.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. Any further subscription requires a new written order agreed by both parties. There is no automatic renewal.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.3 Customer may also terminate by written notice if monthly availability falls below the level in Clause 6.1 in any two consecutive months, or if the sanctions data is found to be materially incomplete. Vendor shall then refund the subscription fee for the remainder of the Subscription Year.

13. LIABILITY

13.1 Neither party is liable for indirect or consequential loss.

13.2 Customer remains responsible for its own decisions about its counterparties. Vendor is liable for losses caused by errors in the Licensed Data that result from its failure to exercise reasonable skill and care.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The language of arbitration is English. The award is final and binding on both parties.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 Notices shall be in writing in English and sent by courier or e-mail to the addresses above.

15.3 This Agreement is made in English in two originals, one for each party.

Signed for Vendor: ____________________        Signed for Customer: ____________________
Date: ____________________                     Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files, labels, design list

FILES = {  # key: (file name, format, source)
    "h792z01": ("h792z01_land_subsidence_monitoring_platform.pdf", "pdf", H792Z01),
    "h792z02": ("h792z02_cotton_pad_line_control_retrofit.docx", "docx", H792Z02),
    "h792z03": ("h792z03_flag_football_booking_membership_saas.txt", "txt", H792Z03),
    "h792z04": ("h792z04_leprosy_followup_system_annual_om.txt", "txt", H792Z04),
    "h792z05": ("h792z05_bianzhong_casting_tuning_tracking_supplier_template.md", "md", H792Z05),
    "h792e01": ("h792e01_trade_document_licence_nabatieh_vendor.pdf", "pdf", H792E01),
    "h792e02": ("h792e02_helpdesk_saas_order_form_halba_vendor.md", "md", H792E02),
    "h792e03": ("h792e03_cold_store_sensors_monitoring_licence_hermel_vendor.docx", "docx", H792E03),
    "h792e04": ("h792e04_managed_it_service_desk_36_months_bethlehem_vendor.md", "md", H792E04),
    "h792e05": ("h792e05_company_registry_data_api_ramallah_vendor.txt", "txt", H792E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: language, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped or None, deemed, value)
LABELS = {
    "h792z01": ("zh", "software",
                [99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 24, 8, False, True, False,
                 "PRC", G], (True, True, True, False, 2250000)),
    "h792z02": ("zh", "hardware",
                [None, None, False, "buyer", True, True, True, None, None, 20, True, True, 18, 6, False, True, False,
                 "PRC", G], (False, False, True, False, 1250000)),
    "h792z03": ("zh", "cloud",
                [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True, False,
                 "PRC", S], (True, True, None, False, 520000)),
    "h792z04": ("zh", "services",
                [None, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, False,
                 False, "PRC", S], (True, True, None, False, 386000)),
    "h792z05": ("zh", "software",
                [None, 2, True, "supplier", True, True, True, 0.02, 100000 / 580000 * 100, 65, False, False, 6, 32,
                 False, True, True, "PRC", G], (True, True, True, True, 580000)),
    "h792e01": ("en", "software",
                [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 9, False, True, False,
                 "Lebanon", G], (True, True, True, False, 1230000)),
    "h792e02": ("en", "cloud",
                [99.95, 0.5, True, "buyer", True, True, True, 500 / 575600 * 100, 6 / 24 * 100, None, True, None, None,
                 None, True, True, False, "PRC", S], (True, True, None, False, 575600)),
    "h792e03": ("en", "hardware",
                [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 7.5, False, True, False,
                 "PRC", G], (True, True, True, False, 1002000)),
    "h792e04": ("en", "services",
                [None, 0.25, True, "buyer", False, True, True, 1500 / 2178000 * 100, 150, None, True, None, None, None,
                 False, True, True, "PRC", S], (True, True, None, False, 2178000)),
    "h792e05": ("en", "cloud",
                [99.95, 1, True, "buyer", True, False, False, 600 / 722000 * 100, None, None, True, None, None, None,
                 False, True, False, "PRC", S], (True, True, None, False, 722000)),
}

# TCO inputs for goods_or_licence drafts (not label keys): itemised licence / hardware subtotal
FEE_BASE = {"h792z01": 1180000, "h792z02": 1008000, "h792z05": 360000, "h792e01": 820000, "h792e03": 817200}
FORUM_OUTSIDE_MAINLAND = {"h792e01"}  # Beirut arbitration

DESIGN = {
    "h792z01": [],
    "h792z02": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h792z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h792z04": ["CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h792z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h792e01": ["CR-GOVERNING-LAW"],
    "h792e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h792e03": [],
    "h792e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h792e05": ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}
EXPECTED_RISK = {"h792z01": "low", "h792z02": "high", "h792z03": "medium", "h792z04": "medium", "h792z05": "high",
                 "h792e01": "low", "h792e02": "medium", "h792e03": "low", "h792e04": "high", "h792e05": "medium"}

# policy §3 thresholds (defaults)
AVAIL_MIN, P1_MAX_H, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PWF_MAX, TCO_MAX, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(key, t, value):
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fee = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    post = years * fee
    return post / (value + post) * 100


def derive(key, label):
    t, x = label["expected_terms"], label["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX_H:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > PWF_MAX:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and t["warranty_months"] is not None:
            if tco_share(key, t, x["contract_value"]) > TCO_MAX:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def make_label(key):
    name = FILES[key][0]
    lang, cat, terms, (sla, ld_stated, capped, deemed, value) = LABELS[key]
    assert len(terms) == len(TERM_KEYS)
    t = dict(zip(TERM_KEYS, terms))
    x = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x}
    label["expected_rules"] = derive(key, label)
    return label


# ---------------------------------------------------------------------------------------------------------------------
# Reading back and checks

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


ZH_NUM = "一二三四五六七八九十"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十\d])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.:])4\s*(?:个)?(?:小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![十二])四\s*(?:个)?小时", r"\bfour\s*(?:\(4\)\s*)?hours?\b",
    r"(?<![\d.])100\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百(?![分零\d])", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![" + ZH_NUM + r"])", r"\bthirty\s*per\s*cent",
    r"(?<![\d.])15\s*(?:%|％|per\s*cent|percent)", r"百分之十五", r"\bfifteen\s*per\s*cent",
    r"(?<![\d.])40\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![" + ZH_NUM + r"])", r"\bforty\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个月|-?months?\b)", r"(?<![" + ZH_NUM + r"])十二个月", r"\btwelve[\s-]*months?\b",
]
THRESHOLD_RE = re.compile("|".join(THRESHOLD_PATTERNS), re.IGNORECASE)
MUST_HIT = ["可用率不低于99.9%", "99.9 %", "4小时内响应", "4 小时", "within 4 hours", "a 4-hour fix", "four hours", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "30 per cent", "15%", "百分之十五",
            "fifteen per cent", "40%", "百分之四十", "forty per cent", "12个月", "十二个月", "12 months", "12-month",
            "twelve months", "四小时"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "48小时", "0.5%", "1.05", "130%", "150%", "115%",
             "140%", "35%", "45%", "万分之五十", "18个月", "二十四个月", "十八个月", "24 months", "36 months", "1.5%",
             "百分之三十五", "04:00", "百分之四十五", "0.15%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s) and not THRESHOLD_RE.search(re.sub(r"\s+", "", s)), ("must miss", s)


def check_label_values(key, label):
    t, x = label["expected_terms"], label["expected_extra"]
    assert t["availability_pct"] != AVAIL_MIN, key
    assert t["p1_response_hours"] != P1_MAX_H, key
    assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - LD_MIN) > 1e-9, key
    assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - CAP_MIN) > 1e-9, key
    assert t["prepayment_pct"] != PREPAY_MAX, key
    assert t["warranty_months"] != WARRANTY_MIN, key
    assert t["post_warranty_fee_pct"] != PWF_MAX, key
    if t["contract_kind"] == G:
        share = tco_share(key, t, x["contract_value"])
        assert abs(share - TCO_MAX) > 2, (key, share)
        return share
    return None


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    pdf_docx = {k: v for k, v in FILES.items() if v[1] in ("pdf", "docx")}
    write({k: v[2] for k, v in pdf_docx.items()}, {k: (v[0], v[1]) for k, v in pdf_docx.items()}, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    for k, (name, fmt, src) in FILES.items():
        label = make_label(k)
        text = read_back(OUT / name)
        lang = label["language"]
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = threshold_hits(text)
        assert not hits, (k, hits)
        share = check_label_values(k, label)
        assert label["expected_rules"] == sorted(DESIGN[k]), (k, label["expected_rules"], DESIGN[k])
        sev = [SEVERITY.get(r, "medium") for r in label["expected_rules"]]
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == EXPECTED_RISK[k], (k, risk)
        covered |= set(label["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{k}: {n} {'chars' if lang == 'zh' else 'words'}; risk {risk}; rules {label['expected_rules']}"
              + (f"; TCO share {share:.2f}%" if share is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [k for k in FILES if not DESIGN[k]]
    assert sorted(mix) == ["h792e03", "h792z01"], mix
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ["h792z02", "h792z03", "h792z04", "h792e02", "h792e04", "h792e05"])
    assert 8 <= len(DESIGN["h792z05"]) <= 10
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
