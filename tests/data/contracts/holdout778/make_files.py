"""holdout778: builds the ten draft contracts from the sources below (.txt/.md written as is, .docx/.pdf through
../word_pdf.py), writes the .json labels, and asserts lengths, sums, label thresholds, a threshold-figure scan of every
built file as read back, the rules derived from the labels against the design list, and the coverage of all 20 rules.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:革命文物保护利用综合管理平台建设项目采购合同
P:合同编号：JXWW-ZFCG-2027-0316
P:甲方（采购人）：江溪省文物局
P:乙方（供应商）：赣源数智文化科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及江溪省文物局革命文物保护利用综合管理平台建设项目（采购编号JXCG2027-0588）公开招标结果，甲乙双方按照招标文件、投标文件和中标通知书，经协商一致订立本合同。本合同采用甲方合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供革命文物保护利用综合管理平台软件许可，并完成定制开发、数据采集整理、部署实施和培训，建设内容包括：革命文物资源数据库、不可移动革命文物巡查监测、可移动文物藏品管理、红色资源展陈与线上展览、保护利用项目审批跟踪及统计分析驾驶舱。
P:1.2 平台部署于甲方指定的政务云资源，覆盖省文物局、十一个设区市文物部门及重点革命旧址管理单位，首期开通用户账号不少于六百个。
P:1.3 具体功能和技术指标以招标文件第五章及乙方投标响应表为准，投标文件中优于招标要求的承诺同样构成乙方义务。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾捌万陆仟元整（¥2,386,000.00），包括：平台软件永久许可费¥1,180,000；定制开发费¥826,000；数据采集整理费¥248,000；部署实施及培训费¥132,000。
P:2.2 上述价款为固定总价，已包含软件许可、开发、数据处理、税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合法有效的增值税发票。甲方通过财政国库集中支付系统付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后一百二十日内完成平台部署和初步验收，一百八十日内完成试运行和最终验收。
P:4.2 乙方应提交需求规格说明书、概要设计、详细设计、测试报告、用户手册、运维手册和数据字典，文档使用中文。
P:4.3 乙方应组建由项目经理、架构师、开发、测试和数据加工人员组成的项目团队，项目经理须具有信息系统项目管理师资格并常驻甲方现场，未经甲方同意不得更换。
P:4.4 乙方应为甲方及各设区市文物部门提供管理员培训和业务操作培训，累计不少于二十课时，并提供培训教材和视频。
P:4.5 数据采集整理须符合国家文物局革命文物资源目录和文物信息采集相关标准，照片分辨率、三维模型精度和著录项目按甲方提供的数据规范执行，加工成果须经甲方抽检确认。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：招标文件所列功能逐项测试通过；省级革命文物数据不少于三千二百条完成导入并逐条核对无误；平台在五百个并发用户下页面平均响应时间不超过两秒；完成网络安全等级保护第三级测评且无高风险问题。
P:5.2 初步验收后进入九十日试运行，试运行期间未发生一级故障且各设区市均完成实际业务办理的，甲方组织专家进行最终验收，形成书面验收报告。
P:5.3 平台上线、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并再次申请验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%，计划内维护须提前三个工作日书面通知甲方并安排在非工作时间。
P:6.2 一级故障（平台整体不可用或核心数据无法访问）乙方应在30分钟内响应、两小时内到场、八小时内恢复；二级故障两小时内响应，二十四小时内解决。
P:6.3 一级故障响应每迟延一小时，乙方向甲方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当期维护费或质保金¥2,000。
H:第七条 质保与维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、7×24小时技术支持和每季度一次巡检。
P:7.2 质保期满后，甲方如续购维护服务，年度维护费不超过平台软件许可费的9%（即不超过¥106,200），且在质保期满后三年内不上调。维护合同由双方另行签订，不自动续期。
P:7.3 质保期内平台因乙方原因出现的缺陷，乙方应免费修复；同一缺陷经两次修复仍未解决的，乙方应更换相应模块或采取甲方认可的替代方案，质保期相应顺延。
H:第八条 知识产权
P:8.1 乙方平台软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在本省文物系统内部署使用。
P:8.2 为本项目定制开发的功能模块、接口程序、展陈页面、数据库结构及全部源代码和文档，知识产权归甲方所有，乙方应在最终验收时交付源代码，甲方可自行修改或委托第三方维护。
H:第九条 数据安全
P:9.1 平台中的文物数据、图像、三维模型、巡查记录和用户信息均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:9.2 乙方人员进入政务云环境须经甲方审批并签署安全承诺书，不得将数据下载至个人设备或通过互联网传输至境外。
P:9.3 乙方应落实网络安全等级保护和数据安全管理要求，对数据加密存储和传输，运维操作须经堡垒机并留存日志；发生数据泄露、篡改或丢失时，应在两小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、未公开文物信息及安全防护措施负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的平台或数据加工成果不符合合同约定的，乙方应无偿返工；因返工导致逾期的，按本条第11.1款计算违约金。乙方更换项目经理或核心人员未经甲方同意的，每人次支付违约金¥5,000。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除本合同，乙方应退还已收取的相应款项并赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。乙方联系人、通知地址变更的，应提前五个工作日书面告知甲方。
P:15.2 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：江溪省文物局    乙方（盖章）：赣源数智文化科技有限公司
P:签订日期：2027年3月16日
"""

Z02 = """T:车架焊接装配线控制系统改造及维保合同
P:合同编号：HB-TC-2027-042
P:甲方（买方）：沧河乐童童车制造有限公司
P:乙方（卖方）：冀中智焊自动化工程有限公司
P:甲方拟对童车车架焊接及总装生产线的控制系统进行改造，乙方同意按本合同约定供应设备及软件、完成安装调试并提供维保服务。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方二号厂房的婴儿推车及儿童自行车车架焊接线、总装线，共六个机器人焊接工位、八个装配工位和一条检测线。
P:1.2 乙方负责焊接机器人控制柜升级、PLC及伺服驱动更换、工位视觉检测、产线数据采集和产线管控软件部署，并完成与甲方现有ERP系统的工单及物料接口。
P:1.3 改造后产线应实现焊接参数集中下发、焊接电流电压实时采集、工位扫码报工、车架序列号与焊接记录绑定追溯，以及产量、节拍、停机原因和质量数据的看板展示。
P:1.4 改造须在甲方安排的停产窗口内分段实施，每段停产不超过七日，乙方应提前提交分段施工方案，经甲方书面确认后执行。
H:第二条 供货清单及价格
P:2.1 设备及软件清单、数量和价格如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|焊接机器人控制柜升级|6套|96,000|576,000
TB:2|PLC及伺服驱动系统|1批|358,000|358,000
TB:3|工位视觉检测单元|8套|27,500|220,000
TB:4|产线数据采集终端|24台|4,500|108,000
TB:5|产线管控软件许可（永久）|1套|158,000|158,000
TB:|设备及软件小计|||1,420,000
TB:6|安装调试及ERP接口开发|1项|238,000|238,000
TB:7|操作及维护培训|1项|36,000|36,000
TB:|合同总价|||1,694,000
P:2.2 合同总价为人民币壹佰陆拾玖万肆仟元整（¥1,694,000），含设备、软件、运输、保险、安装、调试、培训和税费。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并安装完成后，甲方支付合同总价的50%；到货签收和安装完成不视为验收。
P:3.3 产线通过最终验收后，甲方支付合同总价的25%。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后七十五日内将设备运至甲方工厂，并在甲方停产窗口内完成安装调试。
P:4.2 乙方施工人员须遵守甲方安全生产制度，动火、登高和带电作业应办理作业票，施工现场每日清理，拆除的旧控制柜和电缆按甲方要求搬运至指定地点。
P:4.3 设备到货时双方共同开箱清点，核对型号、数量、外观和随机资料，签署到货签收单。设备应为原厂全新产品，附原厂合格证明和质保承诺。
P:4.4 乙方应提交电气原理图、接线图、PLC程序清单、机器人程序备份、操作规程和维护手册各两套，并提供电子版。
P:4.5 乙方应对甲方焊接班组、设备维修人员和生产管理人员进行操作及维护培训，培训合格后方可独立操作；培训不少于六个班次。
H:第五条 验收
P:5.1 验收标准：各焊接工位连续生产二十个班次，焊缝外观合格率不低于98.5%；视觉检测漏检率低于0.3%；产线节拍达到每件58秒以内；数据采集终端与管控软件数据一致，ERP工单接口连续十日无差错。
P:5.2 满足上述标准后，双方签署最终验收证书。试生产和甲方使用不视为验收合格；验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 验收所需的试焊车架、焊丝和气体由甲方提供，检测仪器和检测人员由乙方自备，第三方检测费用由乙方承担。
H:第六条 质保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内因设备质量或安装原因发生的故障，乙方免费维修或更换。
P:6.2 质保期内一级故障（整条产线停线）乙方应在1小时内响应、六小时内到场；二级故障（单工位停机）二十四小时内到场处理。
P:6.3 一级故障响应或到场每迟延一小时，乙方向甲方支付¥800，在甲方应付款项或维保费中扣除。
H:第七条 质保期满后的维保服务
P:7.1 质保期满后，乙方按年度提供维保服务，内容包括每季度预防性维护、备件供应、软件升级和故障抢修。
P:7.2 年度维保费按设备及软件小计的28%计取，即每年¥397,600，在维保服务期内固定不变。维保费每年初支付。
P:7.3 维保服务期内乙方应保持常用备件库存，控制柜主板、伺服驱动器和视觉相机等关键备件应在四十八小时内送达甲方现场。
P:7.4 维保期间的响应时限和迟延扣款按本合同第6.2条、第6.3条执行。
H:第八条 知识产权
P:8.1 管控软件及设备内置软件的知识产权属于原厂，甲方获得永久使用许可。
P:8.2 为本项目开发的ERP接口程序、焊接工艺参数库、PLC程序及报表，知识产权归甲方，乙方应交付源程序，甲方可自行修改和使用。
P:8.3 乙方保证所供设备和软件不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第九条 数据安全
P:9.1 产线生产数据、工艺参数和质量记录属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于其他用途。
P:9.2 乙方提供的设备和软件不得含有未经甲方同意的远程控制、数据回传或自动锁机功能。
P:9.3 乙方远程维护须经甲方逐次授权，通过甲方指定的VPN和堡垒机进行并留存操作记录；因乙方原因导致数据泄露、丢失或生产系统被入侵的，乙方应在两小时内通知甲方并承担赔偿责任。
H:第十条 保密
P:10.1 双方对在履行本合同过程中获知的对方技术资料、工艺参数、价格信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:11.2 乙方供应的设备不符合合同约定型号或存在质量问题的，甲方有权要求更换；更换导致逾期的，按第11.1款计算违约金。因乙方施工原因造成甲方设备损坏或停产时间超出约定窗口的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方可将设备运输、电气配线和机械安装等辅助工作交由第三方完成，但应在开工前以书面方式告知甲方分包单位名称，并对分包单位的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十日内未改正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方可书面通知解除合同，已完成部分按实际工作量结算。
H:第十四条 法律适用及争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交沧州仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同附件包括技术协议、分段施工方案和验收大纲，与本合同具有同等效力。附件与本合同正文不一致的，以本合同正文为准。
P:15.2 双方往来通知以书面形式送达合同首页所列地址，或发送至双方项目负责人的电子邮箱。联系方式变更的，应提前三日书面通知对方。
P:15.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：沧河乐童童车制造有限公司    乙方（盖章）：冀中智焊自动化工程有限公司
P:日期：2027年4月9日
"""

Z03 = """连锁轰趴馆预订及会员管理系统服务合同（SaaS）

合同编号：YP-SaaS-2027-118
甲方（客户）：悦派聚乐文化娱乐连锁管理有限公司
乙方（服务商）：成都云订科技有限公司

甲方在全国经营三十家派对轰趴馆门店，拟采购场地预订、会员储值及营销管理云服务。乙方同意按本合同提供SaaS服务及实施服务，双方达成如下约定。

一、服务内容
（一）订阅服务
1. 乙方向甲方及其各门店开通“云订轰趴”SaaS平台，包括线上预订（小程序、公众号及第三方平台订单同步）、场次与包间排期、套餐与餐饮加购、会员储值与积分、优惠券营销、门店收银对账及总部经营报表。
2. 订阅按门店计算，首批开通门店三十家，每家门店不限账号数量；新增门店按本合同单价另行签署开通确认单。
（二）实施服务
1. 乙方负责系统配置、历史会员数据迁移（约十八万名会员及储值余额）、小程序定制页面、与甲方财务系统的对账接口、门店人员培训及上线陪跑。
2. 实施周期为合同签订后六十日，门店分三批上线：第一批为成都、重庆的十家门店，第二批为西安、武汉的十家门店，第三批为其余门店。
3. 乙方应提交实施方案、数据迁移方案、培训计划和上线切换方案，经甲方确认后执行；历史数据迁移应在门店非营业时段完成，迁移前后各做一次全量备份。
（三）运营支持
1. 服务期内乙方提供7×24小时热线和在线客服，并指定一名客户成功经理负责甲方总部对接，每月提交服务报告，内容包括可用率、故障记录、工单处理情况和功能更新说明。
2. 乙方每季度至少组织一次新功能培训，并在节假日、周年庆等营业高峰前对甲方的营销活动配置进行检查，提前进行压力测试。
3. 平台版本升级应在凌晨时段进行，涉及门店操作变化的，应提前七日通知甲方并提供操作说明。

二、服务期限
（一）订阅服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起算，每个服务年度为一整年，第二个服务年度紧接其后。
（二）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况调整订阅单价，调整后的价格以乙方书面通知为准，甲方在续期后继续使用即视为接受。

三、费用及支付
（一）费用构成
1. 订阅服务费：每家门店每个服务年度¥7,800，三十家门店每个服务年度合计¥234,000，两个服务年度合计¥468,000。
2. 实施服务费：一次性¥86,000。
3. 本合同总价为¥554,000（含税）。
（二）支付方式
1. 实施服务费在全部门店上线验收合格后十五日内一次支付。
2. 每个服务年度的订阅服务费于该服务年度开始后十五日内支付。
3. 乙方应在付款前开具增值税专用发票。
（三）门店增减
1. 服务期内甲方新开门店的，按每家门店每个服务年度¥7,800的单价开通，费用按当期剩余月份折算；门店关闭的，甲方提前三十日书面通知后停止该门店订阅，下一服务年度不再计费。
2. 门店增减不影响其他门店的服务，也不改变本合同其他条款。
3. 第三方支付通道费、短信费和外卖平台佣金由甲方按实际发生额直接向相关机构支付，不计入本合同总价。

四、上线验收
（一）每批门店上线后，甲方按以下标准验收：预订、排期、收银、储值、积分和报表功能全部可用；迁移后会员数量及储值余额与原系统逐条核对一致；小程序下单至门店确认不超过三秒；对账接口连续七日与财务系统数据一致。
（二）全部门店验收合格后双方签署上线验收单。门店开始营业使用不视为验收合格。
（三）验收不合格的，乙方应在五日内完成整改并重新提交验收；同一批门店两次验收仍不合格的，甲方有权要求乙方更换实施团队，由此增加的费用由乙方承担。

五、服务水平
（一）平台月度可用率不低于99.5%，不含提前四十八小时通知的计划维护。
（二）一级故障（预订或收银无法使用）乙方应在30分钟内响应，两小时内恢复；二级故障两小时内响应，一个工作日内解决。
（三）可用率每低于承诺值0.5个百分点，乙方减免当月订阅费的5%；一级故障响应每超时一小时，减免¥500，减免额在下期费用中抵扣。

六、数据安全与数据归属
（一）甲方的会员信息、订单、储值记录、经营数据均属于甲方所有，乙方仅为向甲方提供服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，采取加密、访问控制和日志审计措施，每日备份；发生数据泄露或丢失的，应在两小时内通知甲方、采取补救措施并承担因此造成的损失。
（三）乙方员工访问甲方数据须经授权并以最小必要为限，所有访问操作留存日志不少于六个月，甲方可随时查阅。乙方应每年委托第三方机构开展一次安全评估，并将评估结论提供给甲方。
（四）服务终止后三十日内，乙方应按甲方要求导出全部数据并彻底删除。

七、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方保证平台不侵犯第三方知识产权，因此引起的索赔由乙方负责处理并赔偿甲方损失。
（三）为甲方定制的小程序页面、品牌素材、对账接口及其源代码归甲方所有，甲方可自行修改或交由第三方使用，乙方应在上线验收时一并交付源代码和部署说明。

八、保密
双方对在合作中获知的对方商业秘密、会员信息、价格及经营数据负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

九、违约责任
（一）乙方未按约定时间完成全部门店上线的，每逾期一日支付违约金¥400。
（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
（三）因乙方系统故障导致甲方门店预订订单丢失、重复扣款或会员储值余额错误的，乙方应负责核对更正，并赔偿甲方因此向顾客退赔的款项。
（四）乙方累计赔偿责任以本合同总价的150%为限，但数据泄露和故意行为造成的损失不受此限。

十、转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

十一、合同解除
（一）一方严重违约，经守约方书面催告后十五日内未纠正的，守约方有权解除合同。
（二）乙方连续两个月可用率未达承诺的，甲方有权解除合同，乙方应退还未履行期间的订阅费。

十二、甲方义务
（一）甲方应指定项目联系人，及时提供门店资料、套餐价格、历史会员数据和财务系统接口文档，并组织门店人员参加培训。
（二）甲方应妥善保管管理员账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十三、通知与其他
（一）本合同项下的通知以书面形式发送至合同首页所列地址或双方确认的电子邮箱，邮件发出后一个工作日视为送达。联系人或联系方式变更的，应提前三日通知对方。
（二）本合同附件包括服务功能清单、门店开通清单和服务水平说明，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

甲方（盖章）：悦派聚乐文化娱乐连锁管理有限公司
乙方（盖章）：成都云订科技有限公司
签订日期：2027年5月20日
"""

Z04 = """军休干部服务管理系统运维服务合同

合同编号：DY-JXS-YW-2027-003
甲方：东屿市第二军队离休退休干部休养所
乙方：东屿海联信息技术服务有限公司

为保障军休干部服务管理系统稳定运行，甲方委托乙方提供2027年度运维服务。双方根据《中华人民共和国民法典》及相关规定，订立本合同。

第一条 运维对象
（一）军休干部服务管理系统，包括军休干部档案管理、医疗保健与体检管理、走访慰问、活动报名、服务工单、待遇发放核对、志愿服务和统计报表等模块，以及配套的移动端小程序和大屏展示系统。
（二）系统运行所需的应用服务器六台、数据库服务器两台、存储一套及相关中间件，均部署于甲方机房。
（三）系统使用的操作系统、数据库和中间件为甲方已购买的正版软件，其原厂技术支持由甲方另行采购，乙方负责与原厂协调。
（四）系统现有军休干部及家属档案约四千二百份，日均访问量约两千人次。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同自行终止，甲方如需继续采购，应另行组织采购并签订合同。

第三条 服务内容
（一）日常运维：每日巡检系统运行、服务器资源、数据库和备份情况，形成巡检记录；每月提交运维月报。
（二）故障处理：受理甲方报修，按第四条约定时限处理系统故障，形成故障处理报告。
（三）数据维护：配合甲方完成军休干部信息年度核对、待遇标准调整后的数据批量更新和历史数据归档。
（四）应用优化：全年完成不超过六十个人天的功能优化和报表调整，具体事项由甲方书面提出，乙方评估工作量后经甲方确认实施。
（五）安全运维：每季度进行一次漏洞扫描和基线检查，发现的中高危问题在十五日内完成整改；配合甲方完成网络安全检查和等级保护测评。
（六）驻场服务：乙方安排一名运维工程师在工作日驻场，重大节日和走访慰问活动期间安排专人值守。
（七）备份与恢复：每日对数据库进行增量备份，每周全量备份，备份介质存放于甲方指定位置；每半年组织一次数据恢复演练，并向甲方提交演练报告。
（八）用户支持：为甲方工作人员提供系统操作咨询和培训，每年组织不少于两次集中培训；协助军休干部及家属使用移动端小程序，解答使用中的问题。
（九）服务交接：服务期满或甲方另行选定服务商时，乙方应在十五日内完成系统配置、运维文档、账号权限和未结工单的交接，并配合新服务商平稳过渡。

第四条 服务水平
（一）系统月度可用率不低于99.95%，计划内停机须提前三个工作日经甲方同意。
（二）一级故障（系统整体不可用或核心数据错误）乙方应在30分钟内响应、两小时内到场、六小时内恢复；二级故障两小时内响应、一个工作日内解决；三级故障三个工作日内解决。
（三）可用率每低于承诺值0.01个百分点，扣减当季度服务费¥1,500；一级故障响应或恢复每超时一小时，扣减¥800；未按时提交月报的，每次扣减¥300。

第五条 服务费用及支付
（一）本合同服务费总额为人民币叁拾陆万捌仟元整（¥368,000），含人工、驻场、工具、差旅及税费。
（二）服务费按季度支付，每季度¥92,000。每季度结束后，甲方根据季度考核结果扣除第四条约定的扣减额后，于十五个工作日内支付当季服务费。
（三）乙方应在每次付款前开具合法有效的发票。

第六条 考核与验收
（一）甲方每季度按考核细则对乙方进行考核，考核内容包括可用率、故障响应及恢复时限、巡检及月报完成情况、安全整改完成率和用户满意度。
（二）服务期满前，甲方组织年度验收，验收标准为：全年无因乙方原因造成的数据丢失；四个季度考核均为合格以上；安全扫描发现的中高危问题全部整改完毕；运维文档、配置清单和账号密码清单完整移交。验收合格后双方签署年度验收报告。
（三）季度考核不合格的，乙方应在十日内提交整改方案并落实；连续两个季度考核不合格的，甲方可要求乙方更换项目负责人和驻场工程师，并扣减当季度服务费的10%。
（四）考核结果作为甲方支付服务费和今后采购评价的依据，乙方对考核结果有异议的，可在收到结果后五个工作日内书面说明理由。

第七条 数据安全
（一）系统内的军休干部个人信息、健康档案、待遇数据及全部业务数据均属于甲方所有，乙方仅可为履行本合同进行必要操作，不得用于其他任何目的。
（二）乙方人员须在甲方机房或经甲方审批的运维终端上通过堡垒机操作，不得将数据复制到个人设备或外部网络；数据导出须经甲方书面审批并登记。
（三）乙方应按照个人信息保护和数据安全相关规定落实安全措施。发生数据泄露、篡改、丢失等安全事件的，乙方应在一小时内报告甲方，立即采取处置措施，并承担因其原因造成的全部损失和责任。

第八条 知识产权
运维期间乙方为甲方编写的脚本、报表、优化功能代码及运维文档，知识产权归甲方所有，乙方应随时交付，甲方可自行修改使用。乙方自有的通用运维工具，知识产权仍归乙方。

第九条 人员管理
（一）乙方应提供运维团队名单，驻场工程师须具备相应资格，经甲方面试同意后上岗；更换人员须提前十日征得甲方同意。
（二）乙方人员须遵守甲方各项管理制度，尊重军休干部，服务礼貌周到。
（三）乙方应为驻场人员办理社会保险，乙方人员在服务过程中发生的人身伤害和劳动纠纷由乙方自行负责处理。

第十条 甲方义务
（一）甲方应为乙方驻场人员提供必要的办公条件和机房出入便利，指定专人负责运维事项的联络和确认。
（二）甲方应及时提供系统原有技术文档、账号授权和第三方软件的授权信息，并对乙方提交的月报、故障报告和整改报告及时审核确认。
（三）甲方对系统进行调整或接入新的外部系统的，应提前通知乙方，以便乙方做好运维准备。

第十一条 应急保障
（一）乙方应制定系统应急预案，明确故障分级、处置流程和联系人，报甲方备案；每年至少组织一次应急演练。
（二）春节、八一建军节、重阳节等重大节日及军休干部集中体检、走访慰问期间，乙方应提前完成系统巡检和扩容评估，安排专人现场值守，确保系统正常服务。

第十二条 违约责任
（一）乙方未按期完成安全整改或甲方书面确认的优化事项的，每逾期一日按合同总额的千分之一支付违约金。
（二）乙方违反第七条约定的，除承担赔偿责任外，甲方有权扣减当季度全部服务费。
（三）甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。

第十三条 转包与分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

第十四条 合同的变更与解除
本合同履行期间，任何一方不得擅自变更或解除合同。确需变更或解除的，由双方协商一致并签订书面协议。因不可抗力导致合同无法履行的，双方互不承担责任。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：东屿市第二军队离休退休干部休养所
乙方（盖章）：东屿海联信息技术服务有限公司
日期：2026年12月18日
"""

Z05 = """# 木作工序追溯系统软件许可及定制开发合同

**（乙方标准合同文本 MZ-HT-2026 版）**

合同编号：MZ-2027-0611

甲方：莆阳艺彩画架工艺品有限公司

乙方：闽林智造软件有限公司

鉴于甲方需要对画架木作生产中的车削、榫卯加工、组装和涂装工序进行追溯管理，乙方拥有“木作通”生产追溯系统，双方经协商，就软件许可及定制开发事宜订立本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用“木作通”生产追溯系统V3.0（以下简称“软件”），并根据甲方需求进行定制开发和实施。

1.2 定制开发内容：木料入库批次及含水率登记、车削工序报工、榫头与榫眼配对追溯、组装工位扫码、涂装批次记录、成品条码与外贸订单关联、工序良率报表。

1.3 软件部署于甲方自有服务器，许可点数为五十个并发用户及三十台车间扫码终端。超出许可点数使用的，甲方应按乙方报价补购许可。

1.4 许可为永久许可，仅限甲方在其莆阳生产基地内部使用，不得转让、出租或供甲方关联公司使用。甲方新增生产基地的，应另行购买许可。

1.5 定制开发的具体功能以双方确认的需求说明书为准，需求说明书未列明的功能不属于本合同范围。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 木作通生产追溯系统V3.0软件许可 | 420,000 |
| 2 | 定制开发（车削报工、榫卯配对追溯、条码关联、报表） | 356,000 |
| 3 | 实施部署及培训 | 64,000 |
| | 合计 | 840,000 |

2.1 合同总价为人民币捌拾肆万元整（¥840,000），含增值税。

2.2 因甲方需求变更增加的开发工作，按每人天¥2,600另行计费。

2.3 合同价款不包括服务器、操作系统、数据库、扫码枪、条码打印机及标签耗材，上述软硬件由甲方按乙方提供的配置要求自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥462,000。乙方收到该款项后启动项目。

3.2 软件上线运行后十个工作日内，甲方支付合同总价的45%，即¥378,000。

3.3 乙方在收到每笔款项前向甲方开具增值税普通发票；甲方需要专用发票的，应提前提供开票信息。

3.4 甲方逾期付款的，乙方有权暂停实施或技术服务，并按每日千分之一收取逾期付款违约金。

## 第四条 实施与上线

4.1 乙方在收到首付款后九十日内完成软件部署和定制开发，并通知甲方上线。

4.2 甲方应按乙方要求提供服务器、网络、扫码终端和基础数据，并安排人员参加培训。因甲方原因导致实施延误的，工期相应顺延。

4.3 软件安装完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的需求调整，按第2.2条另行计费。

4.4 乙方为甲方提供不超过四次的现场培训，培训对象为甲方车间班组长、质检员和系统管理员。培训以外的现场服务按每人天¥2,600收费，差旅费用由甲方承担。

4.5 甲方应在上线前完成木料规格、产品型号、工序定义、工艺路线和员工信息等基础数据的整理，并对数据准确性负责。因基础数据错误导致追溯结果不准确的，乙方不承担责任。

4.6 乙方实施人员到甲方现场工作期间，应遵守甲方车间安全管理规定，进入车削和涂装区域须佩戴防护用品。

## 第五条 知识产权

5.1 软件及其文档的全部知识产权归乙方所有。

5.2 乙方在本合同项下为甲方定制开发的功能模块、报表、接口及相关源代码，知识产权同样归乙方所有。甲方在许可范围内享有非独占的使用权，不得对软件进行修改、反编译，不得许可第三方使用。

## 第六条 免费维护与售后服务

6.1 乙方自软件上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告一级故障（系统无法登录或车间无法报工）的，乙方在10小时内响应，并尽力尽快恢复；其他故障在三个工作日内响应。

6.3 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度服务协议，服务费按乙方当年公布的服务价格标准执行。

6.4 下列情形不属于免费维护范围：甲方自行修改软件配置或数据库；甲方服务器、网络、扫码终端等硬件故障；病毒或第三方软件造成的问题；甲方操作不当；甲方提出的新增功能或报表。乙方处理上述问题的，按每人天¥2,600收费。

6.5 乙方对软件的维护以远程方式为主，确需现场处理的，由乙方根据情况安排，差旅费用由甲方承担。

## 第七条 数据

7.1 甲方在软件中录入和产生的生产数据归甲方所有。

7.2 乙方有权在去除甲方名称后，将生产工艺、工序时长和良率等数据汇总分析，用于乙方产品的改进、行业模型训练和对其他客户的咨询服务。

7.3 乙方远程维护须经甲方同意，访问操作留存日志；乙方应采取合理的安全措施防止数据泄露、篡改或丢失，因乙方过错发生数据安全事件的，乙方应及时通知甲方并承担相应赔偿责任。

7.4 合同终止后，甲方可在三十日内自行导出生产数据；逾期未导出的，乙方不承担保存义务。

## 第八条 保密

双方对在合作中获知的对方技术信息、经营信息和价格信息承担保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密期限为合同终止后两年。

## 第九条 违约责任

9.1 乙方未按第4.1条期限通知上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

9.2 乙方在本合同项下承担的全部赔偿责任（包括违约金和损害赔偿）累计不超过合同总价的25%，且乙方不承担任何间接损失、利润损失或生产损失。

9.3 乙方不保证软件完全没有缺陷或在任何情况下不间断运行。因甲方提供的数据、环境或第三方原因造成的损失，乙方不承担责任。

9.4 甲方未按约定付款的，乙方有权暂停许可授权、停止维护服务，直至甲方付清全部款项。

## 第十条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权书面通知解除本合同。

本合同解除的，甲方已支付的软件许可费不予退还；乙方已完成的定制开发工作按实际工作量结算，甲方应在解除后十五日内付清。

## 第十一条 不可抗力

因地震、台风、洪水、疫情、政府行为、网络运营商故障等不能预见、不能避免并不能克服的事件，致使一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在事件消除后继续履行。

## 第十二条 通知

双方指定的联系人及联系方式见合同签署页。一方通过电子邮件或即时通讯工具发送的通知，发出即视为送达。联系方式变更的，应及时通知对方。

## 第十三条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方对条款内容均已充分理解，不存在重大误解或显失公平的情形。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：莆阳艺彩画架工艺品有限公司

乙方（盖章）：闽林智造软件有限公司

日期：2027年6月11日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. JIS-CN-2027-017
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 June 2027 between Ningbo Haixin Petrochemical Storage Co., Ltd., a company established in the People's Republic of China with its registered office in Beilun District, Ningbo (the "Customer"), and Jubail Industrial Software Company, a limited liability company registered in the Kingdom of Saudi Arabia with its head office in Jubail Industrial City (the "Vendor").
P:The Customer operates a liquid-chemicals storage terminal with tank farms, pipelines, jetties and loading stations and wishes to replace its paper-based maintenance records with an asset-integrity and maintenance management system. The Vendor licenses the AssetLine Integrity Suite and provides implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the AssetLine Integrity Suite version 8, comprising the work-order, preventive-maintenance, inspection, corrosion-monitoring, spare-parts and mobile modules, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, reports, interfaces, data-migration scripts and mobile forms developed by the Vendor specifically for the Customer under this Agreement, with their source code.
P:1.3 "Customer Data" means all data entered into, uploaded to, processed by or generated by the Software for the Customer, including asset registers, inspection results, drawings and personnel records.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for its own business at the Ningbo terminal and at any other site of the Customer in mainland China, for up to 180 named users and 60 mobile devices.
P:2.2 The Customer may make copies of the Software for backup, testing, training and disaster recovery without additional fees.
P:2.3 The licence survives any termination of the services under this Agreement, except a termination by the Vendor for the Customer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Customer's servers in Ningbo, migrate the asset register of about 14,600 items and eight years of maintenance history, build interfaces to the Customer's ERP and distributed control system historian, develop the mobile inspection forms listed in Annex 1, and train the Customer's maintenance planners, inspectors and administrators.
P:3.2 The Vendor shall complete installation within 70 days and present the system for Final Acceptance within 150 days after the effective date, in accordance with the project plan in Annex 2.
P:3.3 The Vendor shall appoint a project manager fluent in English and Chinese who shall remain on the project until Final Acceptance unless the Customer agrees to a replacement.
P:3.4 All documentation and training material shall be provided in English and Chinese.
P:3.5 The Customer shall provide the servers, database licences, network access, office space on site and the source data for migration, and shall make its maintenance, inspection and IT staff available for workshops and testing. Any delay caused by the Customer extends the dates in Article 3.2 by the same period.
H:Article 4 Fees and Payment
P:4.1 The contract price is CNY 1,735,000, comprising the Licence Fee of CNY 1,260,000, implementation services of CNY 418,000 and training of CNY 57,000. The price is fixed, includes all taxes, travel and expenses, and is payable in Chinese yuan.
P:4.2 The Customer shall pay 20% of the contract price within 20 days after signature against the Vendor's invoice; 45% within 20 days after the installation certificate is signed; and the remaining 35% within 20 days after Final Acceptance. The installation certificate confirms installation only and is not acceptance of the Software or the services.
P:4.3 The Vendor shall issue valid invoices for each payment. Bank charges outside China are borne by the Vendor.
H:Article 5 Acceptance
P:5.1 After installation the Vendor shall carry out the acceptance tests in the test plan agreed with the Customer. The tests shall show that every function in the functional specification works; that the migrated asset register and maintenance history reconcile record by record with the source files; that ERP and historian interfaces run for ten consecutive working days without failed transactions; and that screens respond within three seconds with 120 concurrent users.
P:5.2 After the tests, the Software shall be used in production for 45 days. The trial run passes if no Severity 1 incident occurs and all Severity 2 incidents are closed.
P:5.3 When Articles 5.1 and 5.2 are satisfied, the Customer shall sign a Final Acceptance certificate within ten working days. Go-live, use of the Software or payment does not constitute acceptance. If a test fails, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will perform substantially in accordance with the documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide updates, defect correction and support free of charge.
P:6.2 For a Severity 1 incident (the system or a core module is unavailable, or data is corrupted) the Vendor shall respond within one hour and restore service within eight hours, remotely or on site. Severity 2 incidents shall be answered within two hours and resolved within two working days.
P:6.3 For each hour by which a Severity 1 response or restoration is late, the Vendor shall credit CNY 1,000 against the next payment or support fee.
P:6.4 After the Warranty Period the Customer may order annual support at a fee of 10% of the Licence Fee per year (CNY 126,000), fixed for the first three years of support. Support is ordered year by year by purchase order and does not renew automatically. The service levels of Articles 6.2 and 6.3 apply during support.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software.
P:7.2 The Custom Deliverables, including their source code, belong to the Customer from creation. The Customer may use, modify, copy and license them, and have them maintained by third parties, without further payment. The Vendor shall deliver the source code at Final Acceptance.
P:7.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or Custom Deliverables infringe intellectual property rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development, in any form.
P:8.2 The Software is hosted on the Customer's premises. The Vendor shall access Customer systems only through the Customer's VPN and bastion host, with per-session approval, and shall not copy Customer Data outside mainland China. The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within six hours after becoming aware of any security incident affecting Customer Data, shall take all remedial steps, and shall be liable for losses caused by its breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement and use it only for this Agreement. This obligation does not apply to information that is public, independently developed or lawfully received from a third party, and continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to present the system for Final Acceptance by the date in Article 3.2, for reasons not attributable to the Customer, it shall pay liquidated damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The total liability of each party under this Agreement is limited to 200% of the contract price. This limit does not apply to the Vendor's obligations under Articles 7.3 and 8, to fraud, wilful misconduct or personal injury.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.
P:12.2 The Customer may also terminate the services if liquidated damages under Article 10.1 reach their maximum. On termination by the Customer, the Vendor shall refund fees paid for services not performed and deliver all work in progress.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Kingdom of Saudi Arabia.
P:13.2 Any dispute shall be referred to arbitration under the rules of the Saudi Center for Commercial Arbitration. The seat of arbitration is Riyadh and the language is English.
H:Article 14 General
P:14.1 Annex 1 (Scope and Custom Deliverables), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan) form part of this Agreement. In case of conflict, the body of this Agreement prevails.
P:14.2 Amendments are valid only in writing signed by both parties. Notices shall be sent to the addresses on the first page. This Agreement is made in English and Chinese; both versions are equally authentic.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — SUPPLIER QUALITY CLOUD

Order Form No. JCS-OF-2027-0419

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below. By signing Part A the parties accept Part B.

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Jazan Cloud Solutions LLC, a company registered in the Kingdom of Saudi Arabia, with its office in Jizan, Jazan Province.
- **Customer:** Dongguan Ruixin Precision Electronics Co., Ltd., a company established in the People's Republic of China, with its registered office in Chang'an Town, Dongguan, Guangdong.

### A2. Service

The Provider's "QualiSource" supplier quality management service, delivered over the internet: supplier onboarding questionnaires, incoming inspection records, supplier audits and corrective action requests (8D), supplier scorecards, document control for certificates and material declarations, and a supplier portal. The service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting partner named in the Provider's security documentation.

### A3. Subscription Term and Users

- **Subscription Term:** 24 months from the Service Start Date, in two Subscription Years.
- **Service Start Date:** the date of Onboarding Acceptance under Section B3.
- **Named users:** 180 Customer users; supplier portal users unlimited.
- **Renewal:** the Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 named users × CNY 1,450 | 261,000 |
| Subscription, Subscription Year 2 | 180 named users × CNY 1,450 | 261,000 |
| Onboarding and configuration (one-time) | fixed price | 52,000 |
| **Total fees for the Subscription Term** | | **574,000** |

Additional named users may be added at CNY 1,450 per user per Subscription Year, prorated by month. All fees include value-added tax.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
- Payment is due within 30 days after receipt of a valid invoice, by bank transfer in CNY.

### A6. Contacts and Signatures

- Provider account manager: Mr. Faisal Al-Harbi, faisal.harbi@jazancloud.example
- Customer project owner: Ms. Chen Yuting, Supplier Quality Department, chenyt@ruixin-pe.example

For the Provider: ____________________ Date: __________

For the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### B1. Definitions

1.1 "Customer Data" means all data, documents and files that the Customer, its users or its suppliers submit to the service, and all records the service creates from them.

1.2 "Documentation" means the Provider's user guides and the functional description current at the date of the Order Form.

1.3 "Customer Configurations" means the forms, workflows, scorecard models, report templates and interfaces configured or developed for the Customer.

### B2. Provision of the Service

2.1 The Provider shall make the service available to the Customer's users in accordance with the Documentation during the Subscription Term.

2.2 The Provider will use commercially reasonable efforts to keep the service available and to fix errors reported by the Customer. The Provider does not commit to a particular availability level, response time or resolution time, and no service credits apply.

2.3 Support is provided by e-mail and through the Provider's help centre on business days, in English and Chinese.

2.4 The Customer is responsible for its users' accounts and passwords, for the accuracy of the data it submits, and for ensuring that its suppliers use the supplier portal in accordance with the Documentation. The Customer shall not attempt to gain unauthorised access to the service or use it to store unlawful content.

2.5 The Provider may update the service from time to time, provided that no update materially reduces the functions described in the Documentation.

### B3. Onboarding and Acceptance

3.1 The Provider shall configure the service, migrate the Customer's supplier master data (about 1,300 suppliers) and open certificates, build the interface to the Customer's ERP for purchase orders and goods receipts, and train key users.

3.2 Onboarding Acceptance requires that: all migrated supplier records and certificates reconcile with the Customer's extract; the ERP interface transfers purchase orders and goods receipts without error for ten consecutive working days; every workflow listed in the onboarding plan has been tested by the Customer's key users; and the Customer's information security team has completed its access review. The Customer shall confirm Onboarding Acceptance in writing when these criteria are met. Use of the service by key users during testing is not acceptance.

3.3 If Onboarding Acceptance is not achieved within 75 days after the date of the Order Form for reasons attributable to the Provider, the Provider shall pay CNY 400 for each day of delay, credited against the onboarding fee and the first subscription invoice.

3.4 The Provider shall deliver two days of key-user training at the Customer's site in Dongguan and recorded training videos in Chinese, and shall provide a configuration workbook documenting every Customer Configuration at Onboarding Acceptance.

### B4. Customer Data and Security

4.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the service to the Customer and shall not use it for any other purpose, including statistics, benchmarking or training of models, whether or not anonymised.

4.2 The Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to authorised staff with multi-factor authentication, keep access logs for at least 180 days, and back up the data daily.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take all reasonable steps to contain it, and is liable for losses resulting from its breach of this Section B4.

4.4 Within 30 days after the end of the Agreement the Provider shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

### B5. Intellectual Property

5.1 The Provider owns the service, the Documentation and all improvements to them.

5.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and let third parties use them without restriction, and the Provider shall export them on request.

### B6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public information received in connection with the Agreement, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar obligations. This obligation continues for three years after the Agreement ends.

### B7. Subcontracting

7.1 The Provider shall not subcontract any part of the service, other than to the hosting partner named in A2, without the Customer's prior written consent, and remains responsible for its subcontractors.

### B8. Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 The total liability of the Provider under the Agreement is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

8.3 The limits in this Section do not apply to breach of Section B4 or B6, fraud, or wilful misconduct.

### B9. Term and Termination

9.1 The Agreement runs from signature until the end of the Subscription Term.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

9.3 If the Customer terminates under Section 9.2, the Provider shall refund the subscription fees already paid for the remaining part of the current Subscription Year.

### B10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The arbitral award is final and binding.

### B11. Force Majeure

11.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, government action or failure of public telecommunication networks, provided it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event prevents performance for more than 60 days, either party may terminate the Agreement by written notice, and the Provider shall refund fees paid for the period after termination.

### B12. General

12.1 Neither party may assign the Agreement without the other party's written consent.

12.2 The Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

12.3 Notices under the Agreement shall be in writing and sent to the contacts in A6 by e-mail with a copy by courier. Notices sent by e-mail are received on the next business day.

12.4 If Part A and Part B conflict, Part A prevails. The Agreement is made in English; a Chinese translation may be prepared for convenience, and the English text prevails.
"""

E03 = """T:PURCHASE CONTRACT FOR CONDITION-MONITORING SENSORS AND MONITORING SOFTWARE
P:Contract No. WHC-EQ-2027-0733
P:Buyer: Wuhu Hongshan Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Qassim Sensing Technologies Est., Buraydah, Al-Qassim Region, Kingdom of Saudi Arabia (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the vibration and temperature of its kiln drives, raw mills, cement mills, fans and conveyors at its Wuhu plant, and the Supplier agrees to supply, install and commission wireless sensors, gateways and monitoring software on the terms below.
H:1. Definitions
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in clause 3.
P:1.2 "Software" means the Supplier's MachineSense monitoring software, including its analytics, alarm and reporting modules, in the version current at delivery.
P:1.3 "System" means the Equipment and Software installed and integrated at the Buyer's plant.
P:1.4 "Final Acceptance" means the Buyer's written certificate under clause 5.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment and the Software, install the sensors on 160 machines, install the gateways and the Software on the Buyer's servers, connect the System to the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The Supplier shall deliver installation drawings, a sensor location list, configuration records, user and administrator manuals, and maintenance instructions in English and Chinese.
P:2.3 The Equipment shall be new, of current production, with certificates of origin and conformity, and shall meet the explosion-protection and ingress-protection ratings stated in the technical specification in Annex 1.
P:2.4 Training shall cover sensor installation and replacement, gateway configuration, alarm setting, trend analysis and basic fault diagnosis, with at least four sessions for operators and maintenance engineers and two sessions for administrators, held at the Buyer's plant in Chinese or with a qualified interpreter provided by the Supplier.
P:2.5 The Supplier shall keep a stock of spare sensors and gateways in China sufficient to replace any failed unit within three working days during the warranty period and any support period.
H:3. Price
P:3.1 The contract price is fixed and is set out in the table below. It includes delivery to the Buyer's plant (DAP Wuhu), import clearance arranged by the Supplier's Chinese agent, insurance, installation, commissioning, training, all taxes and the warranty services under clause 6.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor with mounting kit|320|2,150|688,000
TB:2|Industrial wireless gateway with power supply and enclosure|40|6,800|272,000
TB:3|MachineSense monitoring software, perpetual licence, unlimited users at the plant|1|356,000|356,000
TB:|Equipment and Software subtotal|||1,316,000
TB:4|Installation, commissioning and integration with DCS and maintenance system|1|164,000|164,000
TB:5|Training of operators, maintenance engineers and administrators|1|28,000|28,000
TB:|Contract price|||1,508,000
P:3.2 Prices are in Chinese yuan and do not change during the performance of this Contract.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the contract price within 30 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the contract price within 30 days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate records completed installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% within 30 days after Final Acceptance.
P:4.4 Each payment requires a valid VAT invoice. Payments are made by bank transfer in CNY to the Supplier's account stated in the invoice.
H:5. Delivery, Testing and Acceptance
P:5.1 The Supplier shall deliver the Equipment within 60 days and complete installation within 100 days after signature.
P:5.2 Acceptance tests shall show that every installed sensor reports to the Software; data loss between sensor and Software is below 0.5% over a 14-day period; vibration readings agree with the Buyer's calibrated portable analyser within the tolerance in Annex 1; alarms reach the DCS operator stations within ten seconds; and work requests are created in the maintenance system for every test alarm. After the tests, the System shall run for 30 days without a Severity 1 incident.
P:5.3 When clause 5.2 is satisfied the Buyer shall issue a Final Acceptance certificate within seven working days. Delivery, installation, operation of the System or any payment is not acceptance. If the System fails any test, the Supplier shall remedy the defects at its own cost and the test shall be repeated.
H:6. Warranty and After-Warranty Support
P:6.1 The Supplier warrants the Equipment and Software against defects in design, materials and workmanship for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including shipping and import costs, and provide Software updates and fixes.
P:6.2 Incidents are handled as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software down, or more than 10% of sensors not reporting|30 minutes|8 hours
TB:Severity 2|A machine group not reporting, or alarms delayed|2 hours|2 working days
TB:Severity 3|Other defects and questions|1 working day|10 working days
P:6.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,200, deducted from any amount due to the Supplier.
P:6.4 After the warranty period the Buyer may order annual support at 8% of the Equipment and Software subtotal per year (CNY 105,280), fixed for three years. Each year is ordered separately, and there is no automatic renewal. The service levels of clause 6.2 and 6.3 apply.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier. The Buyer receives a perpetual, irrevocable licence to use it at the Wuhu plant and at any other plant of the Buyer in mainland China.
P:7.2 Configurations, sensor location plans, alarm rules, integration programs and reports prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. Source code of the integration programs shall be delivered with the Final Acceptance documents.
H:8. Data Security
P:8.1 All data collected by the System, including machine readings, alarms and maintenance records, belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not use it for any other purpose, including aggregated or anonymised analysis.
P:8.2 The System shall run on the Buyer's servers inside the plant network. The Supplier shall access the System remotely only through the Buyer's VPN, with approval for each session, and shall not transfer data out of mainland China. Gateways shall use encrypted communication and have all unused ports disabled.
P:8.3 The Supplier shall report any security incident involving the System within eight hours, take remedial measures immediately, and compensate the Buyer for losses caused by its breach.
P:8.4 At the end of the warranty period or any support period, the Supplier shall return or destroy any copies of Buyer data held for troubleshooting and confirm this in writing. The Supplier shall ensure that its engineers who access the System have signed individual security undertakings.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all technical and commercial information received from the other party, including plant layouts, production data and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver or complete installation by the dates in clause 5.1, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the contract price, except for personal injury, wilful misconduct, and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or integration work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages under clause 10.1 reach their maximum. The Supplier shall then refund the amounts paid for undelivered items.
H:13. Force Majeure
P:13.1 A party prevented from performing by force majeure shall notify the other party within five days, provide evidence and limit the effects. Performance dates are extended by the duration of the event. If the event lasts more than 90 days, either party may terminate the Contract by written notice.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
H:15. General
P:15.1 This Contract, with its annexes, is the entire agreement of the parties on its subject. Amendments are valid only if made in writing and signed by both parties. This Contract is made in Chinese and English, and both texts are equally authentic.
P:Annex 1: Technical specification. Annex 2: Installation plan and sensor list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED NETWORK AND END-USER SERVICES AGREEMENT

**Agreement No. YDS-MSA-2027-052**

This Managed Services Agreement (the "Agreement") is made on 3 August 2027 between:

- **Qingdao Haitong Cold Chain Logistics Co., Ltd.**, a company established in the People's Republic of China, with its registered office in Huangdao District, Qingdao, Shandong (the "Customer"); and
- **Yanbu Digital Services Company**, a company registered in the Kingdom of Saudi Arabia, with its office in Yanbu Al-Sinaiyah, acting in China through its wholly owned subsidiary in Qingdao (the "Provider").

## 1. Definitions

1.1 "Services" means the managed network, Wi-Fi, end-user device and service desk services described in Schedule 1.

1.2 "Sites" means the Customer's head office in Qingdao and the fourteen cold-storage warehouses listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition has been completed under Section 4.

1.4 "Monthly Charge" means the fixed monthly charge in Schedule 3.

## 2. Term and Renewal

2.1 The initial term is 36 months from the Service Commencement Date (the "Initial Term").

2.2 At the end of the Initial Term, the Agreement renews automatically for successive renewal terms of 24 months each, unless either party gives the other written notice of non-renewal at least 90 days before the end of the current term.

2.3 For each renewal term the Provider may revise the Monthly Charge to its then-current rates by giving the Customer written notice at least 60 days before the renewal term begins. The revised charge applies from the first day of the renewal term.

## 3. Services

3.1 From the Service Commencement Date the Provider shall provide the Services at every Site to the service levels in Schedule 2.

3.2 The Provider shall operate a service desk in Chinese and English, monitor all network devices and wireless access points around the clock, apply firmware updates approved by the Customer, manage moves, adds and changes, and provide on-site engineers as set out in Schedule 1.

3.3 The Provider shall supply a monthly service report showing availability per Site, incidents by priority, response and resolution times, changes made and service credits due.

3.4 The Customer owns the network equipment, wireless access points and end-user devices at the Sites. The Provider shall maintain an accurate inventory of them and return all configurations and passwords to the Customer on request and at the end of the Agreement.

3.5 The parties shall hold a service review each quarter to discuss the service reports, recurring incidents, planned changes and improvement proposals. The Provider shall prepare minutes and track agreed actions to completion. Each year the Provider shall also submit a refresh plan for devices approaching the end of vendor support.

## 4. Transition and Service Acceptance

4.1 The Provider shall complete transition within 75 days after signature. Transition includes discovery of all devices, documentation of the network, installation of monitoring tools, set-up of the service desk and knowledge transfer from the Customer's current supplier.

4.2 Service acceptance requires that: every device in the inventory is monitored; the service desk has handled test tickets of each priority within the Schedule 2 targets; the network documentation has been approved by the Customer's IT manager; and a 14-day parallel run has been completed without a Priority 1 incident attributable to the Provider. The Customer shall confirm acceptance in writing within five working days after these criteria are met.

4.3 If the Service Commencement Date does not occur within 75 days after signature for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,800 for each day of delay.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total charges for the Initial Term are CNY 2,182,000.

5.2 The one-time transition charge is invoiced after the Service Commencement Date. The Monthly Charge is invoiced quarterly in arrears.

5.3 The Customer shall pay each correct invoice within 30 days after receipt. Service credits are deducted from the next invoice.

5.4 Additional Sites or devices beyond the quantities in Schedule 1 are added by a change order at rates agreed in writing. A reduction of more than ten percent in the number of devices entitles the Customer to a proportionate reduction of the Monthly Charge.

## 6. Customer Data

6.1 Data of the Customer that the Provider handles in performing the Services, including network configurations, device records, user details and service desk tickets, remains the property of the Customer. The Provider shall use it only to perform the Services and shall return it to the Customer at the end of the Agreement.

## 7. Intellectual Property

7.1 The Provider retains ownership of its monitoring tools, methods and know-how.

7.2 Network documentation, configurations, scripts, reports and knowledge articles created for the Customer belong to the Customer, which may use, modify and give them to any successor supplier without restriction.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's business and technical information received under this Agreement and shall disclose it only to employees and advisers who need to know it. This obligation survives for three years after the end of the Agreement.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign qualified engineers and shall replace any engineer on reasonable request of the Customer.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts of its subcontractors.

## 10. Liability

10.1 The total liability of either party under this Agreement is limited to 150% of the total charges for the Initial Term. This limit does not apply to death or personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

11.2 The Customer may also terminate by written notice if service credits are due in three consecutive months.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days, at the rates in Schedule 3, to hand the Services over to the Customer or its new supplier.

## 12. Customer Responsibilities

12.1 The Customer shall give the Provider's engineers access to the Sites during working hours and, for Priority 1 incidents, at any time; provide power, space and connectivity for the monitoring tools; and nominate an IT contact at each Site.

12.2 The Customer shall inform the Provider in advance of planned building works, power shutdowns or new systems that may affect the Services.

## 13. Force Majeure

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it informs the other party promptly and takes reasonable steps to resume performance. Service levels are suspended for the affected Sites while the event lasts.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject matter. Amendments are valid only in writing signed by both parties. If the body of the Agreement and a Schedule conflict, the body prevails.

For the Customer: ____________________ For the Provider: ____________________

## Schedule 1 — Service Scope

| Service element | Scope | Service hours |
|---|---|---|
| Network monitoring and management | 15 Sites, 62 switches, 15 firewalls, 14 SD-WAN routers | 24 × 7 |
| Managed Wi-Fi | 410 access points, including freezer-rated units in cold rooms | 24 × 7 |
| Service desk | about 900 users, handheld scanners and warehouse terminals | 24 × 7 by phone and portal |
| On-site engineers | one resident engineer at head office; visits to warehouses as required | Business days, 08:00–18:00 |
| End-user devices | 640 laptops and desktops, 520 handheld terminals, printers | Business days |

## Schedule 2 — Service Levels and Credits

| Item | Target | Service credit |
|---|---|---|
| Network availability per Site, per month | 99.95% | 3% of the Monthly Charge for each 0.1 percentage point below target, per Site |
| Priority 1 (Site down, or cold-room monitoring network down) | Response within 15 minutes, restoration within 3 hours | CNY 1,000 per hour late |
| Priority 2 (part of a Site degraded) | Response within 1 hour, resolution within 8 hours | CNY 400 per hour late |
| Priority 3 (single user or device) | Resolution within 2 business days | None |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 94,000 |
| Monthly Charge | CNY 58,000 × 36 months | 2,088,000 |
| **Total for the Initial Term** | | **2,182,000** |
| Exit assistance beyond scope | per engineer-day | 2,400 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. NGA-CN-2027-208

PARTIES

This Data and API Subscription Agreement (the "Agreement") is made on 14 September 2027 between Ningxia Tianhe New Energy Co., Ltd., a company established in the People's Republic of China, with its registered office in Yinchuan, Ningxia (the "Customer"), and Najran Geodata Analytics Company, a company registered in the Kingdom of Saudi Arabia, with its office in Najran (the "Provider").

BACKGROUND

The Customer develops and operates utility-scale solar power plants in north-western China. The Provider produces satellite-derived solar irradiance data, dust and soiling indices and short-term power forecasts, and delivers them through application programming interfaces ("APIs"). The Customer wishes to subscribe to these data for resource assessment, plant performance analysis and day-ahead power forecasting.

1. DEFINITIONS

1.1 "Data Products" means the historical irradiance time series, the soiling and dust indices, the day-ahead and intraday power forecasts, and the related metadata described in Annex A.

1.2 "Customer Data" means all information supplied by the Customer to the Provider, including plant coordinates, plant configurations, metered power output, inverter data and maintenance records, and all results calculated from it for the Customer.

1.3 "Subscription Year" means each of the two consecutive periods of one year, the first of which starts on the Start Date.

1.4 "Start Date" means the date on which the Customer confirms onboarding acceptance under clause 4.2.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the two Subscription Years, a non-exclusive, non-transferable right to access the Data Products through the APIs and the web portal, and to use them for the Customer's own business, including sharing forecasts with grid companies and dispatch centres as required by law.

2.2 The subscription covers 36 existing and planned plants of the Customer, up to 2,000,000 API calls per month, and up to 25 portal users. API calls above the monthly allowance are charged at the overage rate in clause 5.3.

2.3 The Provider shall calibrate the day-ahead forecast model for each plant with the Customer's metered output data and shall re-calibrate it every quarter.

2.4 The Customer shall not resell the Data Products as a stand-alone data service. The Customer may include the Data Products and results derived from them in its own reports, studies, financing documents and submissions to authorities, and may give them to its consultants, lenders, equipment suppliers and insurers for the Customer's projects.

2.5 The Provider shall give the Customer at least 60 days' notice before retiring any API version and shall keep the previous version running in parallel for that period. Changes to data formats shall be documented in advance in the API specification.

3. SERVICE LEVELS

3.1 The APIs shall be available at least 99.95% of each calendar month, excluding maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.

3.2 Day-ahead forecasts shall be delivered by 07:30 Beijing time every day for the following day.

3.3 The Provider shall respond to a Priority 1 incident (APIs unavailable, or a day-ahead forecast not delivered on time) within one hour, at any time of day, and to a Priority 2 incident within eight business hours.

3.4 If availability falls below the level in clause 3.1, or a day-ahead forecast is delivered late, the Customer is entitled to service credits as follows: 5% of the monthly-equivalent fee for each 0.1 percentage point of availability below target, and CNY 1,000 for each late day-ahead forecast per plant, up to the monthly-equivalent fee. Credits are deducted from the next invoice.

3.5 The Provider shall provide a monthly service report with availability, forecast delivery times, forecast accuracy per plant, incidents and credits, and shall attend a quarterly review meeting with the Customer's operations team, online or in Yinchuan.

4. ONBOARDING AND ACCEPTANCE

4.1 The Provider shall set up the Customer's accounts, configure the plant list, load the historical metered data and calibrate the forecast models.

4.2 Onboarding acceptance requires that: all API endpoints listed in Annex A pass the Customer's integration test suite; the historical irradiance series cover every plant location for the required years without gaps; and a back-test of the calibrated day-ahead forecast over the previous 90 days meets the accuracy targets in Annex A. The Customer shall confirm acceptance in writing within five business days after these criteria are met.

4.3 The Customer shall provide plant coordinates, plant configurations and at least one year of metered output per existing plant in the format described in Annex A, and shall nominate a technical contact for the integration work.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 372,000 for each Subscription Year, CNY 744,000 for the two Subscription Years.

5.2 The subscription fee is invoiced quarterly in advance, CNY 93,000 per quarter, starting on the Start Date. The Customer shall pay each correct invoice within 30 days after receipt.

5.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5.4 The fees are fixed for the two Subscription Years and include all taxes.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Products to the Customer and shall not use it for any other purpose, including the improvement of models for other customers, benchmarking or publication, in identifiable, aggregated or anonymised form.

6.2 The Provider shall host the Customer's accounts and Customer Data in a data centre in mainland China, encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for one year.

6.3 The Provider shall notify the Customer within eight hours after becoming aware of any unauthorised access to, or loss or corruption of, Customer Data, take immediate steps to contain it, and compensate the Customer for losses caused by its breach of this clause 6.

6.4 At the end of the Agreement the Provider shall return Customer Data in the agreed format within 30 days and then delete all copies, and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the Data Products, its models and its software. The Customer may keep and use the Data Products delivered during the subscription for its own business after the Agreement ends.

7.2 Plant-specific forecast calibrations, reports and integration code produced for the Customer belong to the Customer, which may use, modify and license them without restriction.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business, technical and pricing information received under this Agreement, use it only for this Agreement, and not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after the Agreement ends.

9. SUBCONTRACTORS

9.1 The Provider may engage subcontractors to perform parts of the services, including cloud hosting, satellite data processing and customer support, by giving the Customer written notice at least 15 days before the subcontractor starts work. The Provider remains responsible for its subcontractors and shall bind them to obligations equivalent to clauses 6 and 8.

10. LIABILITY

10.1 The total liability of each party under this Agreement is limited to 150% of the total subscription fees for the two Subscription Years. The limit does not apply to breach of clauses 6 and 8, fraud or wilful misconduct.

10.2 The Provider does not guarantee that forecasts will be accurate on any particular day, but shall meet the accuracy targets in Annex A on average over each quarter. If a quarterly target is missed, the Provider shall re-calibrate the affected models at no charge within 20 business days.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the second Subscription Year. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

11.3 On termination by the Customer under clause 11.2, the Provider shall refund the fees paid for the period after termination.

12. FORCE MAJEURE

12.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, failure of a satellite operator or war, provided it notifies the other party without delay and uses reasonable efforts to resume performance.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.

14. GENERAL

14.1 Annex A (Data Products, API specification and accuracy targets) forms part of this Agreement. Amendments are valid only in writing signed by both parties. This Agreement is made in English and Chinese, and both texts are equally authentic.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- design: files, labels, expected rules
G, S = "goods_or_licence", "service"
TARGETS = {
    "z01": ("h778z01_cultural_relics_revolutionary_heritage_platform.pdf", "pdf", Z01),
    "z02": ("h778z02_stroller_frame_welding_line_retrofit.docx", "docx", Z02),
    "z03": ("h778z03_party_venue_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h778z04_veteran_cadre_rest_home_system_om.txt", "txt", Z04),
    "z05": ("h778z05_easel_woodwork_tracking_supplier_template.md", "md", Z05),
    "e01": ("h778e01_asset_integrity_licence_jubail_vendor.pdf", "pdf", E01),
    "e02": ("h778e02_supplier_quality_saas_order_form_jizan_vendor.md", "md", E02),
    "e03": ("h778e03_cement_plant_condition_sensors_buraydah_vendor.docx", "docx", E03),
    "e04": ("h778e04_cold_chain_managed_network_yanbu_vendor.md", "md", E04),
    "e05": ("h778e05_solar_irradiance_data_api_najran_vendor.txt", "txt", E05),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def L(cat, avail, p1, remedy, ip, dsc, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind,
      sla, ld_stated, capped, deemed, value):
    terms = dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsc, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                 term, sub, law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if kind == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return cat, terms, extra


LABELS = {
    "z01": L("software", 99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
             False, "PRC", G, True, True, True, False, 2386000),
    "z02": L("hardware", None, 1, True, "buyer", True, True, True, 0.1, None, 25, True, True, 18, 28, False, True,
             True, "PRC", G, True, True, True, False, 1694000),
    "z03": L("cloud", 99.5, 0.5, True, "buyer", True, True, True, 400 / 554000 * 100, 150, None, True, None, None,
             None, True, True, False, "PRC", S, True, True, None, False, 554000),
    "z04": L("services", 99.95, 0.5, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False,
             False, False, "PRC", S, True, True, None, False, 368000),
    "z05": L("software", None, 10, False, "supplier", True, False, True, 0.02, 25, 55, False, False, 6, None, False,
             True, None, None, G, True, True, False, True, 840000),
    "e01": L("software", None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 10, False, True,
             False, "Saudi Arabia", G, True, True, True, False, 1735000),
    "e02": L("cloud", None, None, False, "buyer", True, True, True, 400 / 574000 * 100, 6 / 24 * 100, None, True, None,
             None, None, False, True, False, "PRC", S, False, True, None, False, 574000),
    "e03": L("hardware", None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True,
             False, "PRC", G, True, True, True, False, 1508000),
    "e04": L("services", 99.95, 0.25, True, "buyer", False, True, True, 1800 / 2182000 * 100, 150, None, True, None,
             None, None, True, True, False, "PRC", S, True, True, None, False, 2182000),
    "e05": L("cloud", 99.95, 1, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
             True, "PRC", S, True, False, None, False, 744000),
}
# a forum outside mainland China (CR-GOVERNING-LAW even with PRC law); fee bases for TCO (itemised subtotal)
FORUM_OUTSIDE = {"e01"}
FEE_BASE = {"z01": 1180000, "z02": 1420000, "e01": 1260000, "e03": 1316000}
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "e03": [],
    "e04": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"],
    "e05": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (defaults)
T_AVAIL, T_P1, T_LD, T_CAP, T_PRE, T_WAR, T_PWF, T_TCO, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(key):
    t, x = LABELS[key][1], LABELS[key][2]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """Rules from the labels, as I read policy §3 and its 'Where rules apply' section."""
    t, x = LABELS[key][1], LABELS[key][2]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < T_AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > T_P1:
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < T_LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < T_CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > T_PRE:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < T_WAR):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > T_PWF):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    share = tco_share(key)
    if share is not None and share > T_TCO:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold-figure scan
CN = "零〇一二三四五六七八九十两百千"
THRESH = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",
    r"\bfour[\s-]*hours?\b", rf"(?<![{CN}])四个?小时",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", r"百分之(?:一)?百", r"\bone\s+hundred\s+per",
    r"(?<![\d.])0?\.05(?![\d])\s*(?:%|％|percent|per\s*cent)", rf"万分之五(?![{CN}])", r"千分之零点五", r"0\.5\s*‰",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", rf"百分之三十(?![{CN}])", r"\bthirty\s+per",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"\btwelve[\s-]*months?\b", rf"(?<![{CN}])十二个月",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", rf"百分之十五(?![{CN}])", r"\bfifteen\s+per",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|percent|per\s*cent)", rf"百分之四十(?![{CN}])", r"\bforty\s+per",
    r"(?<![\d.])5\s*-?\s*years?\b", r"\bfive[\s-]*years?\b", rf"(?<![{CN}\d])五年",
]
THRESH_RE = re.compile("|".join(THRESH), re.I)
MUST_HIT = ["99.9%", "可用率99.9%", "4 hours", "4小时", "四小时", "4-hour", "100%", "100 %", "0.05%", "万分之五",
            "30%", "百分之三十", "12 months", "十二个月", "12个月", "twelve months", "15%", "百分之十五", "40%",
            "百分之四十", "5 years", "five years", "五年", "4h", "four hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "150%", "0.058%", "万分之五十", "130%", "2027年12月",
             "112 months", "115%", "140%", "25 years", "15 days", "40 days", "1.4 hours", "0.5%", "万分之八",
             "2025年", "45%", "350%"]


def scan(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESH_RE.finditer(form)]
    return hits


# ---------------------------------------------------------------- read back
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


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # self-test of the scan
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))

    markup = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(markup, {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    # price sums
    assert 1180000 + 826000 + 248000 + 132000 == 2386000
    assert 576000 + 358000 + 220000 + 108000 + 158000 == 1420000 and 1420000 + 238000 + 36000 == 1694000
    assert 6 * 96000 == 576000 and 8 * 27500 == 220000 and 24 * 4500 == 108000 and 1420000 * 28 // 100 == 397600
    assert 30 * 7800 == 234000 and 2 * 234000 + 86000 == 554000
    assert 4 * 92000 == 368000
    assert 420000 + 356000 + 64000 == 840000 and 840000 * 55 // 100 == 462000 and 840000 * 45 // 100 == 378000
    assert 1260000 + 418000 + 57000 == 1735000 and 1260000 // 10 == 126000
    assert 180 * 1450 == 261000 and 2 * 261000 + 52000 == 574000
    assert 320 * 2150 == 688000 and 40 * 6800 == 272000 and 688000 + 272000 + 356000 == 1316000
    assert 1316000 + 164000 + 28000 == 1508000 and 1316000 * 8 // 100 == 105280
    assert 58000 * 36 == 2088000 and 2088000 + 94000 == 2182000
    assert 372000 * 2 == 744000 and 372000 // 4 == 93000
    for key, splits in {"z01": (20, 45, 35), "z02": (25, 50, 25), "z05": (55, 45), "e01": (20, 45, 35),
                        "e03": (10, 55, 35)}.items():
        assert sum(splits) == 100 and T_PRE not in splits and T_PWF not in splits and T_TCO not in splits, key

    covered = set()
    for key, (name, kind, src) in TARGETS.items():
        cat, terms, extra = LABELS[key]
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
        # label values never on a threshold
        assert terms["availability_pct"] != T_AVAIL and terms["p1_response_hours"] != T_P1
        assert terms["ld_rate_per_day_pct"] != T_LD and terms["liability_cap_pct"] != T_CAP
        assert terms["prepayment_pct"] != T_PRE and terms["warranty_months"] != T_WAR
        assert terms["post_warranty_fee_pct"] != T_PWF
        share = tco_share(key)
        if share is not None:
            assert abs(share - T_TCO) > 2, (key, share)
        # read back, lengths, threshold scan
        text = read_back(OUT / name)
        zh = key.startswith("z")
        n = len(re.sub(r"\s", "", text)) if zh else len(text.split())
        lo, hi = (2750, 3000) if zh else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = scan(text)
        assert not hits, (key, hits)
        label = {"file": name, "language": "zh" if zh else "en", "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        print(f"{name}: {'chars' if zh else 'words'} {n}, rules {rules or '(none)'}, risk {risk(rules)}"
              + (f", TCO share {share:.1f} %" if share is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(DESIGN[k]) for k in TARGETS]
    assert sum(1 for k in TARGETS if not DESIGN[k]) == 2 and not DESIGN["z01"] and not DESIGN["e03"]
    assert DESIGN["e01"] == ["CR-GOVERNING-LAW"] and 8 <= len(DESIGN["z05"]) <= 10
    assert all(2 <= len(DESIGN[k]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    print("all checks passed; findings per draft", mix)


if __name__ == "__main__":
    main()
