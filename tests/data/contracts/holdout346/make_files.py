"""holdout346 — writes the ten held-out contracts (.txt/.md directly, .docx/.pdf through ../word_pdf.py), their .json
labels, reads every built file back, and asserts lengths, threshold-free wording and the expected rules.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------------
# Chinese contracts
# ---------------------------------------------------------------------------------------------------------------------

H346Z01 = """T:青禾县农产品质量安全追溯平台建设项目政府采购合同
P:合同编号：QHNY-ZFCG-2026-017
P:采购方式：公开招标（招标编号：QHCG2026-0342）
P:甲方（采购人）：青禾县农业农村局
P:乙方（供应商）：杭州禾溯信息技术有限公司
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》、本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就青禾县农产品质量安全追溯平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方负责建设青禾县农产品质量安全追溯平台，覆盖全县生产经营主体备案、农药兽药使用记录、快速检测数据采集、食用农产品承诺达标合格证开具、追溯码赋码及公众扫码查询等功能，并与省级农产品质量安全追溯平台完成数据对接。
P:1.2 项目包括平台软件许可、定制开发、数据采集终端供货、部署实施、历史数据迁移及培训，具体范围以招标文件第三章技术需求和乙方投标文件为准。投标文件中优于招标文件的承诺，同样构成乙方的合同义务。
P:1.3 平台部署在青禾县政务云，由甲方提供云资源；乙方负责应用部署、中间件配置和安全加固。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾柒万贰仟元整（¥1,872,000），为固定总价，已含税费、运输、安装、调试、培训及验收前的全部费用，甲方不再另行支付其他费用。分项如下：
P:（1）追溯平台软件许可（永久授权，不限用户数）：¥836,000；
P:（2）定制开发（主体备案、检测数据接入、合格证开具、扫码查询）：¥712,000；
P:（3）数据采集终端（快检仪数据网关22台、标签打印机44台、扫码枪44把）：¥193,600；
P:（4）部署实施及历史数据迁移：¥104,400；
P:（5）培训（县、乡镇两级监管人员及主体操作员）：¥26,000。
P:2.2 上述第（1）、（3）项合计¥1,029,600，为本合同的软硬件小计，作为质保期满后运维费用的计算基数。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥374,400。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%，即¥842,400。
P:3.3 平台通过终验后十五个工作日内，甲方支付合同总价的35%，即¥655,200。
P:3.4 乙方每次收款前应开具等额增值税普通发票。甲方通过国库集中支付方式付款，因财政资金拨付流程造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署、终端到货安装和历史数据迁移，并书面提交初验申请。
P:4.2 终端设备应为全新原厂产品，到货时由甲方与乙方共同开箱清点，签署到货清单。到货签收仅表示数量相符，不代表验收合格。
P:4.3 初验通过后进入试运行，试运行期为三个月。试运行期间乙方安排不少于两名工程师驻场。
H:第五条 验收
P:5.1 初验由甲方组织，检查内容包括：招标文件列明的全部功能逐项测试通过；与省级追溯平台的主体信息、合格证数据对接成功且连续十日无丢失；历史数据迁移后抽样比对一致；终端设备型号、数量与合同清单相符。
P:5.2 终验在试运行期满后进行，标准为：试运行期间未发生一级故障；在500个并发用户下页面平均响应时间不超过3秒；平台通过第三方网络安全等级保护二级测评；全县不少于300家生产经营主体已在平台开具合格证；乙方移交全部技术文档和源代码。
P:5.3 平台上线使用、试运行或甲方支付任何款项，均不视为终验合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保与运维
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、终端设备维修更换和远程技术支持。
P:6.2 平台月度可用率应不低于99.95%。故障分为三级：一级故障指平台整体不可用或合格证无法开具，乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障指部分功能不可用，应在2小时内响应、24小时内解决；三级故障应在3个工作日内解决。
P:6.3 乙方未达到6.2约定的，一级故障每超时1小时，甲方从质保金或应付款中扣减人民币800元；月度可用率每低于约定值0.01个百分点，扣减人民币1,000元。
P:6.4 质保期满后，甲方如需继续委托乙方运维，年度运维服务费不超过软硬件小计的9%，即每年不超过¥92,664，且在质保期满后的两个服务年度内不上调。运维合同逐年另行签订，不自动续期。
H:第七条 知识产权
P:7.1 本项目定制开发的程序、接口、数据库设计及相关文档的知识产权归甲方所有，乙方应在终验前交付完整源代码，甲方可自行或委托第三方修改、使用。
P:7.2 追溯平台基础软件的著作权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的软件和设备不侵犯第三方知识产权。
H:第八条 数据安全
P:8.1 平台存储的主体信息、检测数据、合格证及查询日志均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应落实网络安全等级保护要求，采取访问控制、数据加密、日志审计等措施；运维人员须经甲方审批后通过堡垒机操作，操作过程全程录像。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、未公开的监管信息及主体商业信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的0.08%向甲方支付违约金。
P:10.2 乙方交付的产品或服务不符合合同约定的，应无偿更换或整改，并赔偿由此给甲方造成的损失。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得将本合同的全部或部分权利义务转让给第三方。
H:第十二条 合同解除
P:12.1 乙方逾期超过三十日，或有其他严重违约行为，经甲方书面催告后十日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大疫情等不可抗力致使合同不能按期履行的，受影响方应在事件发生后三日内通知对方，并在十五日内提供证明；履行期限相应顺延，双方均不承担违约责任。
H:第十五条 其他
P:15.1 乙方应严格遵守政府采购廉洁规定，不得向甲方工作人员提供任何形式的不正当利益。
P:15.3 招标文件、投标文件、中标通知书为本合同组成部分，与本合同约定不一致的，以本合同为准。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：青禾县农业农村局　　乙方（盖章）：杭州禾溯信息技术有限公司
P:法定代表人或授权代表：________　　法定代表人或授权代表：________
P:签订日期：2026年3月　日
"""

H346Z02 = """T:隔膜二线拉伸控制系统改造合同
P:合同编号：HX-SB-2026-0419
P:甲方：江苏恒曦新能源材料有限公司（买方）
P:乙方：无锡拓衡自动化工程有限公司（卖方）
P:鉴于甲方锂电池湿法隔膜二号生产线纵拉、横拉工段控制系统老化，厚度波动和断膜次数偏高，乙方同意按本合同约定完成控制系统改造。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）更换纵拉、横拉工段全部PLC控制器及I/O模块，更换横拉链夹伺服驱动和电机，新增张力与测厚闭环控制软件，新建HMI操作站和工程师站，更换电气柜及动力、信号线缆。
P:（二）开发横拉链夹速度同步和张力前馈控制程序，实现与甲方MES系统的工单、配方和质量数据对接。
P:（三）在甲方停线改造窗口内完成拆旧、安装、单机调试、联动调试和带料试生产，并对甲方操作和维修人员进行培训。
H:二、合同价格
P:（一）合同总价为人民币叁佰肆拾柒万肆仟元整（¥3,474,000），含税，为固定总价。明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|1套|1,128,000
TB:2|横拉链夹伺服驱动及电机|1套|986,000
TB:3|张力与测厚闭环控制软件许可（永久）|1套|348,000
TB:4|HMI操作站及工程师站|1套|164,000
TB:5|电气柜及线缆|1批|217,000
TB:软硬件小计|||2,843,000
TB:6|控制程序定制开发及MES对接|1项|392,000
TB:7|安装调试（停线窗口）|1项|203,000
TB:8|培训|1项|36,000
TB:合计|||3,474,000
P:（二）上表软硬件小计¥2,843,000为质保期满后维保费的计算基数。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥347,400。
P:（二）设备全部到货并经双方签收后，甲方支付合同总价的35%，即¥1,215,900。到货签收只确认品名、数量和外观，不构成验收。
P:（三）系统通过最终验收后二十个工作日内，甲方支付合同总价的50%，即¥1,737,000。
P:（四）合同总价的5%即¥173,700作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:（三）乙方应在改造前完成现场勘察，提交详细设计方案、电气图纸和停线改造计划，经甲方生产部、设备部会签后实施。设计方案应保留原有安全联锁，急停回路和安全门联锁不得通过软件屏蔽。
H:四、工期
P:（一）乙方应在合同生效后七十五日内完成设备到货；甲方安排的停线改造窗口为十四日，乙方应在窗口内完成拆旧、安装和联动调试，恢复带料生产。
P:（二）因乙方原因超出停线窗口的，按本合同第十条承担违约责任。
P:（三）乙方应指定一名具有同类锂电隔膜或薄膜拉伸线改造经验的项目经理，全程负责项目实施，未经甲方同意不得更换。现场施工人员应遵守甲方的安全生产、动火作业和洁净车间管理制度，因乙方人员违规造成的人身伤害和财产损失由乙方负责。
P:（四）乙方应为拆除的旧PLC、驱动器和电机编制清单，经甲方确认后按甲方指定位置归还入库，不得自行处置；旧设备中存储的程序和参数应先行备份并交给甲方。
P:（五）甲方负责提供停线窗口、现场水电、临时库房，并安排工艺人员配合带料调试。
H:五、验收
P:（一）带料试生产连续运行二十一日后，由甲方组织最终验收。验收标准：全幅厚度偏差控制在±0.8微米以内；横拉速度同步误差不大于0.2%；试生产期间因控制系统原因造成的断膜不超过两次；MES工单、配方下发和质量数据回传全部正确；图纸、程序源文件和操作手册齐全。
P:（二）乙方在验收前应移交以下资料：电气原理图和接线图（纸质及电子版各一套）、PLC及HMI程序源文件、参数清单、设备说明书和合格证、备品备件清单、操作及维护手册、调试记录。
P:（三）试生产、投入使用或甲方支付到货款，均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:（四）验收合格后，双方签署最终验收证书。甲方在验收中提出的遗留问题，乙方应在验收证书约定的期限内整改完毕。
H:六、质保与售后
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内硬件故障免费维修更换，软件缺陷免费修复。
P:（二）故障分级：一级故障指拉伸线因控制系统原因停线，乙方应在30分钟内远程响应，3小时内工程师到达甲方现场；二级故障指影响产品质量但未停线，应在2小时内响应、次日到场；三级故障在5个工作日内处理。
P:（三）一级故障响应或到场每超时1小时，乙方向甲方支付人民币1,500元；二级故障每超时1小时支付人民币500元，甲方可从质量保证金中扣除。
H:七、质保期满后的维保
P:（一）质保期满后，乙方继续提供维保服务，维保费每年按软硬件小计的17%收取，即每年¥483,310，首三个服务年度按此固定价格执行。
P:（二）维保内容包括定期巡检、备件更换、程序优化和7×24小时电话支持。维保合同期满不自动续期，续签价格由双方另行协商。
P:（三）乙方应在质保期内每季度到甲方现场巡检一次，检查控制柜温度、接线端子紧固、伺服驱动报警记录和程序版本，并提交巡检报告。
P:（四）乙方承诺对本项目所用PLC、伺服等主要部件提供不少于八年的备件供应，停产前应提前六个月通知甲方并提供替代方案。
H:八、知识产权
P:（一）为本项目定制开发的控制程序、MES接口程序及源文件、电气图纸的知识产权归甲方所有，甲方可自行修改或委托他人维护。
P:（二）PLC系统软件及闭环控制软件的著作权归原权利人，乙方保证甲方获得永久使用许可。
H:九、数据安全与保密
P:（一）生产工艺参数、配方、质量数据属于甲方，乙方仅为履行本合同使用，不得复制、带离甲方厂区或向任何第三方提供。
P:（二）乙方远程维护须经甲方逐次审批，通过甲方指定的工业防火墙和堡垒机接入，不得在控制网络上安装未经甲方同意的软件。发生数据泄露或网络安全事件的，乙方应在2小时内报告，因乙方原因造成的损失由乙方全额承担。
P:（三）双方对在履约中获知的对方技术秘密和经营信息负有保密义务，保密期限至该信息公开之日止。
H:十、违约责任
P:（一）乙方逾期到货或超出停线窗口的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:十一、分包
P:（一）电气柜安装、桥架敷设和布线施工可由乙方交由其合作的施工队完成，乙方提前五个工作日通知甲方即可，无需取得甲方同意。乙方对施工队的安全和质量负责。
H:十二、解除
P:（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议提交常州仲裁委员会仲裁。
H:十四、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，可相应延期履行，双方互不承担违约责任；不可抗力持续超过六十日的，双方可协商解除合同。
H:十五、其他
P:（一）本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、设备清单、停线改造计划。
P:甲方（盖章）：江苏恒曦新能源材料有限公司　　乙方（盖章）：无锡拓衡自动化工程有限公司
P:代表签字：________　　代表签字：________　　日期：2026年4月　日
"""

H346Z03 = """杏林堂中医诊疗及会员管理云服务合同

合同编号：XLT-IT-2026-008

甲方：成都杏林堂中医药连锁管理有限公司
地址：成都市武侯区浆洗街56号

乙方：南京本草云科技有限公司
地址：南京市建邺区江东中路369号

甲方经营杏林堂中医馆连锁门店共20家。为统一各门店的挂号、诊疗、处方、药房和会员管理，甲方决定采用乙方提供的“本草云馆”中医诊所SaaS服务，并委托乙方完成实施。双方经平等协商，订立本合同。

第一条 服务内容
（1）乙方向甲方20家门店提供“本草云馆”SaaS服务，包括预约挂号、中医电子病历、辨证开方、处方审核、中药饮片及颗粒剂药房、煎药配送、收银、会员储值与积分、营销活动和经营报表等模块。
（2）乙方提供实施服务：门店及医生账号配置、处方模板和协定方导入、原有HIS系统中近三年的患者、处方及会员储值数据迁移、收银和医保结算接口对接、各门店人员培训。
（3）服务期限自上线验收合格之日起计，初始服务期为三个服务年度。

第二条 费用
（1）订阅费为每家门店每服务年度人民币26,800元，20家门店每服务年度合计人民币536,000元，三个服务年度合计人民币1,608,000元。
（2）实施费为一次性费用人民币148,000元。
（3）本合同总价为人民币1,756,000元（大写：壹佰柒拾伍万陆仟元整），含增值税。门店数量增加的，新增门店按同一单价计费。
（4）订阅费已包含系统使用、云资源、数据备份、版本升级、7×24小时客服以及每家门店不超过十五个医生账号和十个其他岗位账号；超出的账号按每个每服务年度人民币600元另计，经甲方书面确认后计入下一季度账单。
（5）短信通知超出每月赠送条数的部分，按每条0.045元据实结算，不计入合同总价。

第三条 付款
（1）实施费在上线验收合格后二十个工作日内一次支付。
（2）订阅费按季度结算，每季度结束后乙方提交服务报告和发票，甲方核对无误后二十个工作日内支付该季度订阅费。甲方不预付任何费用。
（3）乙方应在每次收款前开具增值税专用发票。甲方按第五条计算的抵扣金额，直接从当季订阅费中扣除。

第四条 实施与上线
（1）乙方应在合同签订后六十日内完成全部20家门店的上线。
（2）乙方可分批上线，但每批上线前应完成该批门店的数据核对和人员培训，上线当日安排实施顾问在门店现场支持。
（3）上线验收标准：20家门店全部切换至本系统并连续运行十日；迁移的患者档案、处方和会员储值余额与原系统逐条核对一致；挂号至收银全流程在各门店测试通过；医保结算接口经医保部门测试通过；门店人员完成培训并通过考核。
（4）验收由甲方信息部组织，并出具书面验收单。系统上线使用不视为验收合格。
（5）实施期间，乙方指派一名项目经理和不少于三名实施顾问，在成都总部及各门店现场工作；每周向甲方提交实施周报，列明已上线门店、未关闭问题和下周计划。
（6）甲方负责提供原HIS系统的数据导出文件，协调各门店安排培训时间，并指定一名信息部人员作为项目联系人。

第五条 服务水平
（1）系统月度可用率不低于99.5%，计划内维护应在每日22:00至次日7:00之间进行并提前三日通知。
（2）一级故障指两家以上门店无法开方或收银，乙方应在15分钟内响应、2小时内恢复；二级故障指单一模块不可用，应在1小时内响应、8小时内恢复；三级问题在3个工作日内解决。
（3）月度可用率低于约定值的，每低0.1个百分点，乙方按当季订阅费的3%予以抵扣；一级故障每超时1小时，抵扣人民币600元。
（4）乙方提供7×24小时电话及在线客服，每季度向甲方提交服务报告，载明可用率、故障清单、处理时长和抵扣金额。
（5）乙方对系统的升级不得降低已有功能和服务水平；涉及门店操作变化的，应提前十日通知甲方并提供培训材料。

第六条 续期
（1）初始服务期届满前六十日内，任何一方未书面提出终止的，本合同自动续期一个服务年度，此后亦同。
（2）自动续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的10%，乙方在续期前三十日书面通知甲方即可，无需甲方同意。

第七条 数据
（1）患者信息、病历、处方、会员信息及经营数据均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的。
（2）数据存储于中国境内，乙方应按照网络安全等级保护第三级要求进行防护，对敏感个人信息加密存储，落实访问权限最小化和操作日志留存。
（3）发生数据泄露、毁损或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任及由此产生的监管处罚。
（4）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（5）乙方应每日对甲方数据进行备份，备份数据保留不少于三十日，并每半年进行一次恢复演练，演练结果书面报告甲方。
（6）乙方人员访问甲方生产数据须经甲方授权，访问记录保留不少于六个月，甲方可随时调阅。

第八条 保密
乙方对在服务中获知的甲方经营信息、价格策略和协定方等非公开信息负有保密义务，合同终止后继续有效。

第九条 知识产权
“本草云馆”平台的知识产权归乙方。乙方为甲方定制的处方模板、协定方库、报表和会员积分规则配置归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

第十条 培训
（1）乙方在上线前对各门店医生、药房、收银和前台人员进行分批培训，并为甲方培养不少于五名内部讲师。
（2）服务期内系统有重大功能更新的，乙方应免费提供线上培训和操作视频。

第十一条 违约责任
（1）乙方未能按期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（2）乙方累计赔偿责任以合同总价的1.5倍为限，但数据泄露和乙方故意或重大过失造成的损失不受此限。

第十二条 转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

第十三条 合同解除
乙方严重违约，或一季度内发生两次以上一级故障，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的费用并赔偿损失。

第十四条 服务终止后的配合
（1）合同终止或期满不续的，乙方应在甲方要求的过渡期内（不超过九十日）继续按原价格提供服务，并配合甲方向新的服务商迁移数据。
（2）乙方应向甲方提供完整的数据字典和导出说明，协助新服务商完成历史处方、会员储值余额的核对。

第十五条 不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失。但云平台自身的故障、第三方云资源服务商的故障不属于不可抗力。

第十六条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

第十七条 其他
本合同附件包括：《本草云馆功能清单》《实施计划》《数据迁移方案》，附件与本合同具有同等效力。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都杏林堂中医药连锁管理有限公司
授权代表：________

乙方（盖章）：南京本草云科技有限公司
授权代表：________

签订日期：2026年2月　日
"""

H346Z04 = """西江市人民防空办公室
人防工程信息管理系统运维服务采购合同

项目编号：XJZC2026-C-0107（竞争性磋商）
合同编号：XJRF-YW-2026-01

采购人（甲方）：西江市人民防空办公室
供应商（乙方）：广西安屏信息技术服务有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》，以及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方就西江市人防工程信息管理系统运维服务订立本合同。

1. 服务范围
1.1 本合同运维对象为甲方人防工程信息管理系统，包括人防工程台账、平战转换、维护管理、易地建设费征收、指挥通信接入等子系统，以及配套的服务器、存储、网络设备、机房精密空调和UPS。
1.2 乙方提供的服务包括：驻场运维、日常巡检、故障处理、系统补丁和安全加固、数据备份与恢复演练、等级保护测评整改配合、重大活动和防空警报试鸣期间的应急保障。
1.3 服务期为一个服务年度，自2026年5月1日起至2027年4月30日止。期满后本合同终止，不自动续期。

2. 服务费用
2.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人员、交通、工具、备品备件（单件价值2,000元以下）及税费。
2.2 服务期内合同价款不作调整。单件价值2,000元以上的备件经甲方书面确认后由甲方另行采购，乙方负责免费安装。
2.3 费用构成：驻场运维人员一名，¥228,000；巡检及故障处理，¥126,000；数据备份与恢复演练，¥48,000；安全加固及测评整改配合，¥54,000；应急保障，¥30,000。

3. 付款方式
3.1 运维服务费按季度支付，每季度结束后，经甲方季度考核合格，乙方开具发票，甲方在十五个工作日内支付当季服务费¥121,500。
3.2 季度考核有扣款的，甲方在当季服务费中直接扣除。本合同不设预付款。
3.3 乙方收款账户以本合同载明的为准，变更账户应加盖公章书面通知甲方。

4. 人员要求
4.1 乙方应在服务期开始之日前完成运维交接，驻场工程师应于服务期首日到岗。驻场工程师须具备三年以上系统运维经验，并通过甲方组织的背景审查。
4.2 乙方更换驻场人员须提前十日书面告知甲方，并经甲方面谈同意。驻场人员请假超过两个工作日的，乙方应安排具备同等能力的人员临时顶岗。
4.3 乙方应配备一名项目负责人，每月到甲方现场不少于两次，参加运维例会，协调解决重大问题。
4.4 驻场工程师工作时间为工作日8:30至17:30；防空警报试鸣日、重大节假日和上级检查期间，乙方应按甲方通知安排人员值守。

5. 服务标准
5.1 故障分级：一级故障指系统整体中断或指挥通信接入中断；二级故障指单个子系统不可用；三级故障指个别功能异常。
5.2 一级故障乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障应在1小时内响应，12小时内恢复；三级故障应在2个工作日内处理完毕。
5.3 乙方每月进行一次全面巡检，每季度开展一次数据恢复演练，并于次月5日前提交月度运维报告。
5.4 一级故障每超时1小时扣减服务费人民币500元；二级故障每超时1小时扣减人民币200元；月度报告每迟交一日扣减人民币100元。
5.5 乙方应建立运维台账，记录每次故障的发生时间、响应时间、处理过程和恢复时间，甲方可随时查阅。
5.6 乙方应在服务期开始后三十日内提交运维服务方案，包括巡检计划、备份策略、应急预案和人员安排，经甲方确认后执行。

6. 考核与验收
6.1 甲方按季度对乙方服务进行考核，考核指标包括：巡检完成率、工单按时关闭率、备份成功率、演练完成情况和驻场人员出勤。考核标准见附件《运维服务考核细则》。
6.2 服务期满后，乙方提交年度运维总结、配置清单和全部运维文档，甲方按磋商文件的服务要求和考核细则组织终期验收，并出具验收意见。未通过验收的，乙方应在十五日内整改。
6.3 甲方对季度考核结果有异议的，乙方可在收到考核结果后五个工作日内书面申诉，甲方应在十个工作日内复核并答复。

7. 数据安全
7.1 系统中的人防工程位置、结构、指挥通信等数据均属于甲方，部分数据属于国家秘密或敏感信息。乙方人员只能在甲方机房内、经甲方授权后访问，严禁拷贝、拍照或通过互联网传输。
7.2 乙方应执行甲方的安全管理制度，使用甲方提供的专用运维终端，所有操作通过堡垒机并留存日志。
7.3 发生数据泄露、篡改或丢失的，乙方应立即报告甲方，最迟不超过1小时；因乙方原因造成的，乙方承担全部法律责任和经济赔偿。
7.4 乙方应每周对系统数据进行全量备份，每日进行增量备份，备份介质由甲方保管。每季度的恢复演练应在甲方监督下进行，并形成书面记录。
7.5 服务期满或合同解除时，乙方应交还甲方提供的专用运维终端、门禁卡和全部资料，不得以任何形式保留甲方数据。

8. 保密
8.1 乙方及其人员对履约中接触的甲方工作秘密和人防工程信息负有保密义务，驻场人员应与甲方签订保密承诺书。
8.2 保密义务不因合同终止而解除。

9. 知识产权
9.1 乙方在运维过程中编写的巡检脚本、备份策略、配置文档和运维报告归甲方所有，甲方可自行使用或交由后续服务商使用。
9.2 乙方保证其提供的工具软件不侵犯第三方知识产权；因此引起的纠纷由乙方负责处理并承担费用。

10. 分包
10.1 机房精密空调、UPS蓄电池的专业维护，乙方可交由具备相应资质的第三方单位实施，事先通知甲方即可。乙方对第三方单位的工作质量和保密承担责任。

11. 违约责任
11.1 乙方未能按期完成运维交接或驻场工程师未按期到岗的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。
11.2 乙方违反本合同第7条、第8条的，除赔偿损失外，甲方有权解除合同。
11.3 甲方无故逾期付款的，按照国家有关规定承担责任。

12. 合同解除
12.1 乙方季度考核连续两次不合格，或有其他严重违约行为经书面通知后十日内未改正的，甲方有权解除合同，按实际服务期结算费用。

13. 争议解决
13.1 本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，依法向西江市人民法院起诉。

14. 不可抗力
14.1 因不可抗力造成服务中断的，乙方应立即通知甲方并尽力恢复服务，在不可抗力影响期间免除相应责任。

15. 服务终止交接
15.1 服务期满或合同解除后，乙方应在十五日内向甲方或甲方指定的新服务商完成交接，移交账号口令、配置清单、运维台账和全部文档，并清除其持有的任何甲方数据，出具书面承诺。交接期间乙方应继续配合处理故障。

16. 其他
16.1 磋商文件、响应文件、成交通知书及附件《运维服务考核细则》为本合同组成部分。
16.2 本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。

甲方（盖章）：西江市人民防空办公室        乙方（盖章）：广西安屏信息技术服务有限公司
代表：________                            代表：________
日期：2026年4月　日
"""

H346Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

**云仓智联标准合同文本 YCZL-WMS-V3.0**

合同编号：YCZL-2026-WMS-052

- 甲方（采购方）：福州闽甜食品有限公司
- 乙方（供应方）：厦门云仓智联软件有限公司

甲方主要生产牛轧糖、花生酥等糖果产品，现有原料仓、包材仓和成品冷库各一座。甲方拟采购乙方“云仓智联WMS”标准软件，并由乙方根据甲方业务进行定制开发和实施。双方依据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“云仓智联WMS”软件永久使用许可（3个仓库、60个PDA终端用户），并完成下列定制开发：原料批次与保质期先进先出管理、成品冷库温湿度监控对接、与甲方ERP系统的采购入库和销售出库单据对接、糖果成品按箱赋码追溯。

1.2 乙方负责系统部署、基础数据初始化、上线支持和用户培训。

1.3 乙方交付物包括：软件安装介质、许可证书、系统管理员手册和用户操作手册。定制功能的设计文档和源代码不属于交付物。

## 第二条 合同价款

2.1 合同总价为人民币壹佰贰拾陆万元整（¥1,260,000），含税。明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云仓智联WMS软件永久许可（含PDA端） | 780,000 |
| 2 | 定制开发（批次保质期、冷库对接、ERP对接、箱码追溯） | 356,000 |
| 3 | 部署实施及数据初始化 | 104,000 |
| 4 | 用户培训 | 20,000 |
| | 合计 | 1,260,000 |

2.2 第1项软件许可费¥780,000为年度维护费的计算基数。

2.3 上述价款不包括服务器、数据库、操作系统、PDA设备、条码打印机及网络的费用，上述软硬件由甲方自行采购，乙方可提供配置建议。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的55%，即¥693,000，乙方收款后启动项目。

3.2 系统上线后十个工作日内，甲方支付合同总价的45%，即¥567,000。

3.3 乙方在收到每笔款项后十个工作日内向甲方开具增值税专用发票。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付与上线

4.1 乙方在收到首笔款项后一百二十日内完成开发和部署，具备上线条件。

4.2 系统在甲方仓库正式上线运行之日，即视为甲方验收合格。甲方不另行组织验收，亦不得以功能未满足需求为由拒绝支付款项。

4.3 甲方应在乙方要求的时间内提供仓库布局、库位编码、物料主数据和ERP接口文档。因甲方提供资料延迟或需求变更导致工期延误的，工期相应顺延，乙方不承担责任。

4.4 需求变更应以书面形式提出，乙方评估工作量后按每人天人民币2,800元另行报价，甲方确认后实施。需求变更导致的工期调整由乙方在报价中一并提出。

## 第五条 免费维护期

5.1 乙方提供六个月免费维护，自系统上线之日起算。免费维护期内乙方提供远程技术支持和软件缺陷修复，现场服务另行收费。

5.2 一级故障（整仓无法收发货）乙方在8小时内响应，二级故障在2个工作日内响应，三级问题在版本迭代中统一处理。

5.3 乙方将尽力排除故障，但不对故障处理时间作出保证，也不因响应或处理超时承担任何扣款、赔偿或违约金。

5.4 以下情形不属于免费维护范围：甲方或第三方修改系统配置或数据库；甲方硬件、网络或操作系统故障；甲方未按操作手册使用；PDA设备的维修更换。上述情形乙方可提供有偿服务。

## 第六条 年度维护

6.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的28%，即每年¥218,400，按年预付。

6.2 甲方未按期支付年度维护费的，乙方有权停止提供维护服务及版本升级，且不对由此产生的系统问题承担责任。

6.3 年度维护服务包括远程支持、缺陷修复和标准版本升级；定制功能的适配升级按乙方人天单价另行计费。

## 第七条 知识产权

7.1 “云仓智联WMS”软件及乙方为本项目开发的全部定制功能、接口程序、源代码和相关文档，知识产权均归乙方所有。

7.2 甲方仅获得在本合同约定范围内的非独占、不可转让的使用权，不得对软件进行修改、反向工程，亦不得交由第三方维护。乙方不向甲方交付源代码。

## 第八条 数据

8.1 甲方在系统中录入和产生的业务数据归甲方所有。

8.2 乙方应采取访问控制、传输加密和定期备份等安全措施保护甲方数据；发生数据泄露的，乙方应在48小时内通知甲方，因乙方过错造成的直接损失由乙方承担。

8.3 甲方同意，乙方可将甲方的出入库、库存周转等数据经脱敏处理后，用于乙方产品改进、算法训练和食品行业仓储分析报告，该等使用不需另行取得甲方同意，合同终止后亦同。

8.4 合同终止后，乙方应甲方要求以乙方标准格式导出甲方业务数据，导出服务按乙方届时报价另行收费。

## 第九条 保密

9.1 双方对因本合同知悉的对方商业秘密负有保密义务，保密期至合同终止后三年止。

9.2 乙方有权在其官方网站、宣传材料和投标文件中将甲方列为客户案例，并使用甲方名称和商标。

## 第十条 违约责任

10.1 因乙方原因未能在第4.1条约定期限内具备上线条件的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。

10.2 甲方未按约定支付款项超过三十日的，乙方有权暂停开发、实施或维护服务，工期相应顺延。

10.3 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。乙方不承担任何间接损失、利润损失或数据损失。

## 第十一条 培训

11.1 培训在甲方福州工厂进行，甲方负责提供培训场地、电脑和PDA设备。乙方为甲方仓库主管、库管员及信息部人员提供集中培训两次，每次不超过两日，并提供电子版操作手册。超出部分按人天另行计费。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权解除合同。

## 第十三条 不可抗力

13.1 因地震、台风、洪水、疫情防控措施等不可抗力导致任何一方不能履行合同的，不承担违约责任，但应及时通知对方。网络中断、停电、甲方服务器故障等情形导致系统不能使用的，乙方不承担责任。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同产生的争议提交厦门仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同文本为乙方标准文本，双方另有书面约定的除外。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：福州闽甜食品有限公司　　乙方（盖章）：厦门云仓智联软件有限公司

授权代表：________　　授权代表：________　　日期：2026年5月　日
"""

# ---------------------------------------------------------------------------------------------------------------------
# English contracts
# ---------------------------------------------------------------------------------------------------------------------

H346E01 = """T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. TPS-CN-2026-014
P:This Agreement is made between Tianjin Feiyan Kite Art Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Guwenhua Street, Nankai District, Tianjin (the "Customer"), and Tiszapanel Software Kft., a company registered in Hungary with its registered office at Kárász utca 12, 6720 Szeged, Hungary (the "Vendor").
P:Whereas the Customer designs and makes hand-painted silk kites and needs software to lay out silk panels, calculate seam allowances and bridle points, and send cutting files to its laser cutters; and whereas the Vendor develops the PanelWeave software for textile panel design and has agreed to license it and to build a kite module for the Customer, the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means PanelWeave Designer and PanelWeave Cutter Link in the versions listed in Article 3, including their documentation and all updates supplied under this Agreement.
P:1.2 "Kite Module" means the customised module described in Article 2.2, including its source code, pattern library and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the tests in Article 6 have been passed.
P:1.4 "Customer Data" means all designs, patterns, measurements, production records and other data that the Customer or its staff enter into or create with the Licensed Software or the Kite Module.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software on the number of workstations stated in Article 3 at the Customer's premises in Tianjin, for the Customer's own business.
P:2.2 The Vendor shall develop the Kite Module, which shall: (a) generate panel layouts for flat, delta, box and dragon kites from the Customer's templates; (b) compute seam allowances for silk of different weights; (c) place bridle and spar pockets automatically; (d) export cutting files in the format used by the Customer's two laser cutters; and (e) keep a library of the Customer's traditional Weifang and Tianjin patterns.
P:2.3 The Vendor shall install and configure the Licensed Software and the Kite Module, and shall train the Customer's designers on site in Tianjin for three working days.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 650,000 including all taxes, travel and expenses, itemised as follows:
P:Item 1  PanelWeave Designer perpetual licence  6 workstations x CNY 58,000  CNY 348,000
P:Item 2  PanelWeave Cutter Link perpetual licence  2 cutters x CNY 46,500  CNY 93,000
P:Licence Subtotal (Items 1 and 2)  CNY 441,000
P:Item 3  Kite Module development  CNY 164,000
P:Item 4  Installation and configuration  CNY 27,000
P:Item 5  On-site training, three days  CNY 18,000
P:Total Contract Price  CNY 650,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 130,000) within 15 working days after signature, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 292,500) within 15 working days after the Licensed Software and the Kite Module have been installed and the installation report has been signed. Signing the installation report does not mean acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 227,500) within 15 working days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account in CNY. Each party bears its own bank charges.
H:Article 5 Delivery
P:5.1 The Vendor shall deliver the licence keys for the Licensed Software within 10 days after signature, and shall complete the installation of the Licensed Software and the Kite Module within 100 days after signature.
P:5.2 The Customer shall give the Vendor's staff access to its studio, workstations and laser cutters, and shall provide sample templates and silk specifications within 20 days after signature.
H:Article 6 Acceptance
P:6.1 After installation, the parties shall run the acceptance tests set out in Annex 2 over a period of 20 working days using the Customer's real orders.
P:6.2 The tests are passed when: (a) layouts for all four kite types are generated from the Customer's templates without manual correction of more than two panels per kite; (b) cutting files are read by both laser cutters and the cut panels match the layout within 1 mm; (c) seam allowances for three silk weights match the Customer's specification; (d) the pattern library contains all patterns supplied by the Customer; and (e) the documentation and the source code of the Kite Module have been delivered.
P:6.3 If the tests are passed, the Customer shall sign a Final Acceptance certificate within five working days. If any test fails, the Vendor shall correct the defect and the failed tests shall be repeated. Installation, use of the software in production or any payment does not constitute Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Kite Module will perform in accordance with their documentation and Article 2.2 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates free of charge.
P:7.2 The Vendor shall provide remote support in English and Chinese through an interpreter. Severity 1 means that designers cannot create layouts or that cutting files cannot be produced; Severity 2 means that a function is impaired but a workaround exists; Severity 3 covers all other issues.
P:7.3 The Vendor shall respond to Severity 1 issues within 2 hours and restore service within 1 working day, respond to Severity 2 issues within 8 working hours and resolve them within 5 working days, and resolve Severity 3 issues in the next update.
P:7.4 If the Vendor misses a Severity 1 response or restoration time, it shall pay the Customer CNY 500 for each hour of delay, which the Customer may deduct from any amount due.
P:7.5 After the Warranty Period the Customer may order annual support at a fee of 11% of the Licence Subtotal, that is CNY 48,510 per year. The fee is fixed for the first three years after the Warranty Period. Support is ordered by purchase order year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Licensed Software.
P:8.2 All rights in the Kite Module, including its source code and the pattern library, vest in the Customer upon creation. The Customer may use, modify, license and have third parties maintain the Kite Module without restriction. The Vendor shall not sell the Kite Module or the Customer's patterns to others.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems.
P:9.2 Remote access by the Vendor shall take place only through the connection provided by the Customer, with the Customer's approval for each session, using individual accounts and multi-factor authentication. The Vendor shall follow the Customer's security rules and the applicable laws of the People's Republic of China on data and personal information.
P:9.3 The Vendor shall notify the Customer within 12 hours of any actual or suspected unauthorised access to, loss of or damage to Customer Data, shall help the Customer contain it, and shall be liable for all losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff who need to know it. This obligation survives for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation by the date in Article 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for breach of Article 9 or Article 10, for infringement of third-party rights, or for wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall uninstall the Licensed Software.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Hungary, without regard to its conflict-of-law rules.
P:14.2 Any dispute arising out of this Agreement shall be submitted to the exclusive jurisdiction of the competent court in Szeged, Hungary.
H:Article 15 General
P:15.1 This Agreement is written in English with a Chinese translation; the English text prevails. Notices shall be sent by email and courier to the addresses above.
P:15.2 Annex 1 (Functional Specification of the Kite Module) and Annex 2 (Acceptance Test Plan) form part of this Agreement.
P:Signed for the Customer: ____________________  Name and title: ____________________
P:Signed for the Vendor: ____________________  Name and title: ____________________
"""

H346E02 = """# ORDER FORM AND GENERAL TERMS — LAKEBOOK ONLINE BOOKING SERVICE

Order Form No. LB-2026-CN-031

# PART A — ORDER FORM

## A1. Parties

- **Provider:** Cetatea Digital S.R.L., Strada Cositorarilor 5, 545400 Sighișoara, Mureș County, Romania ("Provider").
- **Customer:** Ninglang Lugu Lake Boat Tourism Co., Ltd., Luoshui Village, Yongning Township, Ninglang County, Lijiang, Yunnan Province, People's Republic of China ("Customer").

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## A2. Service

Provider will make available to Customer the LakeBook online booking service (the "Service"), which lets visitors book seats on Customer's pig-trough boats and motor launches, choose departure piers and time slots, pay online and receive an electronic ticket with a QR code. The Service includes:

- a visitor booking front end delivered as a WeChat mini-program in Chinese and English;
- a back office for Customer's ticket office to manage boats, piers, time slots, seat capacity, prices, refunds and weather closures;
- QR ticket scanning on Customer's pier handsets;
- integration with Customer's WeChat Pay merchant account and with the county tourism bureau's visitor-count reporting interface;
- daily sales and capacity reports.

## A3. Set-up Services

Provider will configure the Service for Customer's 4 piers, 62 boats and 3 motor launches, load Customer's seasonal timetable and price rules, build the WeChat Pay and tourism-bureau integrations, and train Customer's ticket-office staff (together, the "Set-up Services"). Provider will use commercially reasonable efforts to make the Service live before the start of the summer season on 1 July 2026.

## A4. Fees

At Customer's request all fees are stated and paid in Chinese yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year, 4 piers, unlimited bookings | 168,000 |
| Subscription Fees for the Initial Term | 3 Subscription Years x 168,000 | 504,000 |
| Set-up Fee | one-time | 46,000 |
| **Total fees under this Order Form** | | **550,000** |
| SMS notifications above 20,000 per month | per message, billed monthly | 0.06 |

SMS charges depend on use and are not part of the total fees.

## A5. Term

The Initial Term begins on the Go-Live Date and lasts for three Subscription Years. A "Subscription Year" is each period beginning on the Go-Live Date or on its anniversary. After the Initial Term, the Agreement renews for further Subscription Years at the same Subscription Fee unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

## A6. Invoicing and Payment

- The Set-up Fee is invoiced after Go-Live Acceptance under A7.
- The Subscription Fee is invoiced quarterly in arrears, in four equal instalments of CNY 42,000 per Subscription Year.
- Customer pays each invoice within 30 days by bank transfer. No amount is payable before the Go-Live Date.

## A7. Go-Live Acceptance

Before go-live, Provider will demonstrate at Customer's ticket office that: (a) bookings, payments and refunds work end to end for every pier and time slot; (b) the day's WeChat Pay settlement file reconciles with the bookings in the back office; (c) QR tickets are scanned correctly on every pier handset; (d) the tourism-bureau interface accepts a test upload; and (e) ticket-office staff have been trained. Customer will sign a Go-Live Acceptance certificate when all of these are shown. Using the Service with real visitors does not by itself count as acceptance.

## A8. Contacts and Project Plan

Customer's project manager is the ticket-office manager at Luoshui pier. Provider's project manager is named in the kick-off minutes. Within ten days after signature Provider will send a project plan showing the configuration, integration, testing and training steps and the information it needs from Customer. Customer will provide its timetable, price rules, pier list and WeChat Pay merchant details within the dates in that plan, and will make its ticket-office staff available for two half-day training sessions.

## A9. Changes to the Order

Additional piers, boats or modules may be added by a written change order signed by both parties, at the prices stated in that change order. Removing a pier does not reduce the Subscription Fee during the current Subscription Year.

# PART B — GENERAL TERMS

## B1. Provision of the Service

1.1 Provider will provide the Service in accordance with the Order Form and its documentation, with reasonable skill and care.

1.2 Provider will use commercially reasonable efforts to keep the Service available and to answer support requests sent to its help desk by email or WeChat in a timely manner. Provider does not commit to any particular availability, response time or resolution time.

1.3 Provider may carry out maintenance at any time and will try to do so outside Customer's booking hours.

## B2. Customer Obligations

2.1 Customer will check the seat capacity of each boat against its licence from the maritime authority before entering it in the back office. Customer is responsible for the accuracy of its timetables, capacities and prices, for its WeChat Pay merchant account, and for the handsets at its piers.

2.2 Customer will keep its user credentials secure and will tell Provider promptly about any misuse it discovers.

2.3 Customer will not use the Service to sell tickets for any activity other than its own boat and launch services without Provider's written agreement.

## B3. Customer Data

3.1 All booking records, visitor names, phone numbers, identity-card numbers entered for boat safety lists, payment records and reports ("Customer Data") belong to Customer. Provider processes Customer Data only to provide the Service to Customer and for no other purpose.

3.2 Provider hosts the Service and all Customer Data on cloud servers located in mainland China (Alibaba Cloud, Kunming region) and will not transfer Customer Data outside mainland China.

3.3 Provider will protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrative access and daily backups, and will comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

3.4 Provider will notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data, will take all necessary steps to contain it, and is responsible for the losses, regulatory fines and notification costs caused by any incident that results from its failure to meet this clause B3.

3.5 Provider will allow Customer, once per Subscription Year and on reasonable notice, to review the security measures described in this clause B3, including by receiving copies of Provider's latest security assessment reports.

3.6 At the end of the Agreement Provider will return all Customer Data in CSV format within 30 days and then delete it.

## B4. Intellectual Property

4.1 Provider owns the Service and its underlying software.

4.2 The mini-program front-end code written for Customer, Customer's configurations, timetable and price rules, and the integrations built under A3 belong to Customer. Provider will hand over their source code on request, and Customer may use, modify and license them freely, including with another provider.

## B5. Confidentiality

5.1 Each party will keep confidential all non-public information received from the other party, use it only for the Agreement and not disclose it to third parties, except to its advisers under a duty of confidence or where required by law. This obligation continues for three years after the Agreement ends.

## B6. Subcontracting

6.1 Provider uses Alibaba Cloud as its hosting provider, which Customer approves by signing this Order Form. Provider will not use any other subcontractor for the Service without Customer's prior written consent.

## B7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability under the Agreement is limited to 150% of the total fees under the Order Form. The limit does not apply to breaches of clause B3 or B5 or to wilful misconduct.

## B8. Term and Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days of written notice.

8.2 On termination Customer pays for the Service up to the date of termination and Provider refunds any fees paid for the period after it.

## B9. Force Majeure

Neither party is responsible for delay caused by events beyond its reasonable control, including earthquakes, landslides, closure of the lake by the authorities and failures of public networks, provided it notifies the other party promptly.

## B10. Governing Law and Disputes

10.1 At Customer's request, the Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming. The award is final and binding on both parties.

## B11. General

11.1 The Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.

11.2 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

11.3 The Agreement is written in English. Notices are given by email to the contacts in the Order Form and confirmed by courier.

**For Customer:** ____________________  **For Provider:** ____________________

Date: ____________________
"""

H346E03 = """T:SUPPLY AND INSTALLATION CONTRACT — FROST MONITORING SYSTEM
P:Contract No. WYY-2026-EQ-006
P:Buyer: Fujian Wuyi Yunya Tea Plantation Co., Ltd., Xingcun Town, Wuyishan City, Fujian Province, People's Republic of China (the "Buyer").
P:Supplier: Chernomore Agrotech EOOD, 41 Primorski Boulevard, 9000 Varna, Bulgaria (the "Supplier").
P:Background: The Buyer grows rock tea and black tea on terraces between 400 and 900 metres above sea level. Spring frosts damage the first flush. The Buyer has selected the Supplier, after comparing three offers, to supply and install a frost monitoring and alert system covering its terraces. This Contract is on the Buyer's standard terms.
H:Section 1 Definitions and Scope
P:1.1 "System" means the sensor nodes, gateways, weather stations, solar power kits, the frost-alert platform licence and the custom alert rules and integrations listed in Section 2, installed and working together.
P:1.2 "Frost Season" means each period from 1 February to 30 April.
P:1.3 The Supplier shall supply, install, configure and commission the System on the Buyer's terraces, develop the alert rules and integrations described in Annex 1, train the Buyer's field staff and hand over all documentation.
P:1.4 The frost-alert platform shall be installed on the Buyer's own server in its office in Xingcun Town. No Buyer data shall be hosted outside the Buyer's premises.
H:Section 2 Contract Price
P:2.1 At the Buyer's request the Contract Price is stated and paid in Chinese yuan (CNY). The Contract Price is CNY 780,000, inclusive of VAT, customs duties, freight to the terraces, installation and all other costs, as set out below:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Frost and leaf-wetness sensor node|48|6,200|297,600
TB:2|LoRa gateway with 4G backhaul|6|14,500|87,000
TB:3|Automatic weather station|2|38,400|76,800
TB:4|Frost-alert platform licence, perpetual|1|126,000|126,000
TB:5|Solar power kit for sensor node|48|1,150|55,200
TB:|Hardware and Licence Subtotal|||642,600
TB:6|Installation on terraces and commissioning|1|58,400|58,400
TB:7|Custom alert rules, SMS and WeChat integration|1|71,000|71,000
TB:8|Training of field staff|1|8,000|8,000
TB:|Contract Price|||780,000
P:2.2 The Contract Price is fixed for the duration of the Contract.
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 78,000) within 20 days after signature, against an advance payment guarantee issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 429,000) within 20 days after the Supplier has installed all equipment and the parties have signed an Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 273,000) within 20 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's warehouse in Xingcun Town within 70 days after signature and shall complete installation within 30 days after delivery, and in any case before 15 January 2027, so that the System is ready for the next Frost Season.
P:4.2 The Supplier is responsible for customs clearance of imported equipment and shall deliver certificates of origin, test reports and radio type-approval documents for the LoRa gateways.
P:4.3 The Supplier shall place sensor nodes at the positions agreed in the site survey, including the lowest hollows where cold air collects, and shall record the coordinates of each node.
H:Section 5 Acceptance
P:5.1 After installation the System shall run for a trial period of 21 consecutive days. Final Acceptance requires that: (a) all 48 nodes, 6 gateways and 2 weather stations report data at least every five minutes with a data completeness of at least 98% over the trial period; (b) sensor temperature readings differ from a calibrated reference thermometer by no more than 0.3 °C at ten test points; (c) simulated frost events trigger SMS and WeChat alerts to the listed field staff within two minutes; (d) the alert rules match Annex 1; and (e) documentation, node coordinates and the source code of the custom rules and integrations have been handed over.
P:5.2 If the criteria are met, the Buyer shall issue a Final Acceptance Certificate within seven days. Installation, trial operation, use of the alerts or payment of any instalment does not constitute acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment, including sensors damaged by normal weather, and correct software defects free of charge.
P:6.2 Where a defect is repaired or a component replaced during the warranty period, the replaced component shall carry its own warranty of at least six months or the rest of the warranty period, whichever is longer.
P:6.3 The Supplier shall keep spare sensor nodes and a spare gateway at its service partner's store in Fuzhou.
P:6.4 Before each Frost Season within the warranty period the Supplier shall inspect every node and gateway, clean the solar panels, check the batteries and recalibrate any sensor whose reading differs from the reference by more than the tolerance in Section 5.1, and shall send the Buyer an inspection report.
H:Section 7 Service Levels
P:7.1 Severity 1 means that the frost-alert platform is down, or that alerts are not sent, during the Frost Season. Severity 2 means that individual nodes or a gateway fail. Severity 3 covers other faults.
P:7.2 The Supplier shall respond to Severity 1 faults within 1 hour and restore alerting within 8 hours; shall respond to Severity 2 faults within 8 hours and repair them within 3 days; and shall resolve Severity 3 faults within 10 working days.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 600; for each day of delay in a Severity 2 repair, CNY 300. The Buyer may deduct these amounts from any payment due.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Buyer may order annual support covering repair, recalibration and software updates. The annual support fee is 8% of the Hardware and Licence Subtotal, that is CNY 51,408 per year, fixed for three years after the warranty period.
P:8.2 Support is ordered each year by purchase order and does not renew automatically.
P:8.3 If the Buyer does not order support for a year, it may order it again later at the same fee after a paid inspection of the System by the Supplier.
H:Section 9 Intellectual Property
P:9.1 The custom alert rules, integration programs, node maps and documentation made for this Contract belong to the Buyer, who may use, modify and license them freely. The Supplier shall hand over their source code.
P:9.2 The platform licence is perpetual and may be transferred to any affiliate of the Buyer.
H:Section 10 Data Security
P:10.1 All sensor readings, weather records, alert logs, maps and field-staff contact data belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session, through a VPN account issued by the Buyer with two-factor authentication. The Supplier shall not copy Buyer data to its own systems.
P:10.3 The Supplier shall report any security incident affecting Buyer data within 12 hours, shall cooperate in containing it, and shall compensate the Buyer for all losses caused by its breach of this Section.
H:Section 11 Confidentiality
P:11.1 Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's plantation maps, yields and customer lists, and shall not disclose it without prior written consent. This obligation survives for three years after the end of the Contract.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier fails to complete installation by the date in Section 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 11.
H:Section 13 Subcontracting
P:13.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier's service partner in Fuzhou is approved for installation work by the Buyer's signature of this Contract.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum.
P:14.2 On termination before Final Acceptance the Supplier shall refund all amounts paid and remove its equipment at its own cost if the Buyer so requests.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.
H:Section 16 General
P:16.1 Notices under this Contract shall be in writing and sent by courier or email to the addresses above; the Supplier's service partner in Fuzhou may receive fault reports on its behalf.
P:16.2 Annex 1 (Alert Rules and Integration Specification) and Annex 2 (Site Survey and Node Positions) form part of this Contract. The English version prevails over any translation.
P:For the Buyer: ____________________  For the Supplier: ____________________
P:Date: ____________________
"""

H346E04 = """# MANAGED WIRELESS NETWORK SERVICES AGREEMENT

Agreement reference: DN-CN-0127

**Between**

1. **Linyi Huajian Building Materials Trading Co., Ltd.**, of No. 9 Tongda Road, Lanshan District, Linyi, Shandong Province, People's Republic of China ("**Customer**"); and
2. **Dijle Networks BV**, of Tiensestraat 102, 3000 Leuven, Belgium ("**Provider**").

**Recitals**

(A) Customer runs a building-materials market with a showroom, four warehouses, a loading yard and an office block in Linyi. Its staff, forklift terminals, handheld scanners and visiting contractors rely on Wi-Fi that is currently patchy and unmanaged.

(B) Provider designs and operates managed Wi-Fi networks for logistics and retail sites and has agreed to provide such a service to Customer on the terms below.

## 1. Definitions

1.1 "**Service**" means the managed wireless network service described in clause 2 and Schedule 1.

1.2 "**Equipment**" means the access points, controllers, switches, outdoor enclosures and cabling installed by Provider at the Sites, which remain Provider's property.

1.3 "**Sites**" means Customer's showroom, warehouses A to D, loading yard and office block at the address above.

1.4 "**Service Commencement Date**" means the date on which Customer signs the Service Acceptance Certificate under clause 4.

1.5 "**Monthly Charge**" and "**Installation Charge**" have the meanings given in Schedule 3.

## 2. The Service

2.1 Provider shall survey the Sites, design the network, supply and install the Equipment, and from the Service Commencement Date operate, monitor and maintain the network for the Term.

2.2 The network shall provide three separate wireless networks: a staff network with authentication against Customer's directory, a device network for forklift terminals and scanners, and a guest network for visiting contractors with SMS log-in.

2.3 Provider shall provide a service manager who speaks Chinese, who is Customer's single point of contact and who meets Customer's IT lead at least once a quarter to review the service reports, planned changes and any recurring faults.

2.4 Provider shall monitor the network from its network operations centre, apply firmware updates, replace faulty Equipment and send Customer a monthly service report.

## 3. Term

3.1 The Service starts on the Service Commencement Date and continues for thirty-six months (the "**Term**").

3.2 The Agreement expires at the end of the Term. Any extension requires a written agreement signed by both parties.

## 4. Installation and Service Acceptance

4.1 Provider shall complete the installation within 45 days after signature of this Agreement.

4.2 On completion Provider shall carry out acceptance tests in the presence of Customer, showing that: (a) signal strength is at least -67 dBm at the test points marked on the agreed floor plans; (b) forklift terminals roam between access points in the warehouses without dropping sessions; (c) the staff, device and guest networks are separated as specified; (d) throughput of at least 50 Mbps is achieved at ten sample points; and (e) the monitoring portal and the first service report are available to Customer.

4.3 When the tests are passed Customer shall sign a Service Acceptance Certificate. Installation of the Equipment or use of the network before then does not constitute acceptance.

4.4 If Service Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 60,000.

4.5 Customer shall give Provider's installers access to the Sites during business hours, provide power at the mounting points agreed in the site survey and make a secure room available in the office block for the controllers.

## 5. Service Levels

5.1 Provider shall meet the service levels set out in Schedule 2.

5.2 If Provider misses a service level, Customer shall receive the service credits set out in Schedule 2, which Provider shall deduct from the next invoice.

## 6. Charges and Payment

6.1 At Customer's request all charges are stated and paid in Chinese yuan (CNY), as set out in Schedule 3.

6.2 The Installation Charge is invoiced after the Service Acceptance Certificate has been signed. The Monthly Charge is invoiced monthly in arrears from the Service Commencement Date.

6.3 Customer shall pay each correct invoice within 30 days. No charge is payable in advance.

6.4 The charges are fixed for the Term. Changes to the Service requested by Customer, such as additional access points, are priced in a written change order signed by both parties.

## 7. Customer Data

7.1 All data passing through or stored in the network, including user names, device identifiers, guest log-in phone numbers, traffic statistics and logs ("**Customer Data**"), belongs to Customer.

7.2 Provider shall use Customer Data only to provide the Service and shall not sell it or use it for advertising.

## 8. Intellectual Property

8.1 The site survey, network design, floor plans, configurations and service reports prepared for Customer belong to Customer, who may use, modify and give them to any other provider, in particular at the end of the Term.

8.2 Provider retains the rights in its monitoring tools and standard software.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Agreement.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability arising out of or in connection with this Agreement, in contract, tort or otherwise, shall not exceed the Monthly Charges paid or payable for the six months preceding the event giving rise to the claim.

10.3 The limit in clause 10.2 does not apply to death or personal injury caused by negligence or to wilful misconduct.

## 11. Subcontracting

11.1 Provider shall not subcontract the Service or any part of it without Customer's prior written consent. Provider's local installation partner, Linyi Xinlian Communication Engineering Co., Ltd., is approved by Customer's signature of this Agreement for cabling and mounting work only.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after written notice, or if the Availability in Schedule 2 falls below its target in three consecutive months.

12.2 If Customer terminates under clause 12.1, Provider shall continue to provide the Service for up to 60 days at Customer's request while Customer moves to another provider, at the same Monthly Charge.

12.3 On expiry or termination Provider shall remove the Equipment within 30 days, leave the cabling in place and hand over the configurations described in clause 8.1.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall first be discussed between the parties' managers. If it is not settled within 30 days, it shall be submitted to the Linyi Arbitration Commission for arbitration in Linyi.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties. Changes must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the prior written consent of the other party.

14.3 Notices shall be given in writing to the addresses above or to the contacts named in Schedule 1.

## Schedule 1 — Service Description

| Site | Indoor access points | Outdoor access points |
|---|---|---|
| Showroom | 14 | 0 |
| Warehouses A to D | 36 | 0 |
| Loading yard | 0 | 8 |
| Office block | 12 | 0 |

Provider's network operations centre monitors the network at all times. The service manager is reachable by phone and WeChat. Outdoor access points in the loading yard are mounted in weatherproof enclosures on the existing lighting poles; cabling between buildings runs through Customer's existing ducts. Customer may move up to five access points per year within the Sites at no extra charge.

## Schedule 2 — Service Levels and Credits

Availability means the share of minutes in a calendar month in which the staff and device networks are usable at the Sites, excluding maintenance agreed in advance. The Availability target is 99.95% per month.

| Priority | Definition | Response time | Restoration time |
|---|---|---|---|
| Priority 1 | A whole warehouse, the showroom or the loading yard has no Wi-Fi | 30 minutes | 6 hours |
| Priority 2 | Several access points down or the device network degraded | 2 hours | 1 business day |
| Priority 3 | A single access point down or a guest network problem | 8 business hours | 5 business days |

Service credits: for each full hour by which a Priority 1 restoration time is missed, 2% of the Monthly Charge; for each 0.1 percentage point by which Availability falls short of the target, 5% of the Monthly Charge. Credits in a month are capped at half of the Monthly Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation Charge | one-time | 96,000 |
| Monthly Charge | per month | 41,500 |
| Monthly Charges for the Term | 36 months x 41,500 | 1,494,000 |
| **Total for the Term** | | **1,590,000** |

Signed for Customer: ____________________ Signed for Provider: ____________________

Date: ____________________
"""

H346E05 = """API SUBSCRIPTION AGREEMENT
LICENCECHECK BUSINESS LICENCE VERIFICATION SERVICE

Agreement number: KDS-APAC-2026-0088

PARTIES

Karawanken Data Services GmbH, Hauptplatz 14, 9500 Villach, Austria, registered with the Landesgericht Klagenfurt ("Vendor").

Kunming Chunchengsu Hotel Technology Co., Ltd., 3rd Floor, Building B, 1 Dianchi Road, Xishan District, Kunming, Yunnan Province, People's Republic of China ("Customer").

BACKGROUND

Customer operates an online platform on which small hotels, guesthouses and inns in Yunnan list rooms for sale. Before a property may list, Customer must check that the operator holds a valid business licence and that the licence details match the operator's application. Vendor offers an application programming interface, LicenceCheck, which returns the registration status, legal representative, registered address, business scope and any abnormal-operation listing for a business licence number, using data Vendor obtains through licensed data partners in mainland China. Customer wishes to subscribe to LicenceCheck and to have Vendor build the connector between LicenceCheck and Customer's merchant onboarding system.

1. DEFINITIONS

1.1 "Service" means the LicenceCheck API, the administration console and the support described in this Agreement.

1.2 "Connector" means the software module that Vendor builds for Customer to call the Service from Customer's merchant onboarding system, display the results to Customer's review staff and store them in Customer's database, as described in the Schedule.

1.3 "Customer Data" means the licence numbers, operator names, identity details of legal representatives, query records, results and any other data that Customer submits to or receives from the Service.

1.4 "Subscription Year" means each consecutive period starting on the Service Start Date or on an anniversary of it.

1.5 "Service Start Date" means the date on which Customer signs the Integration Acceptance Certificate under clause 4.

2. THE SERVICE

2.1 From the Service Start Date Vendor shall provide the Service to Customer for two Subscription Years (the "Subscription Term").

2.2 The Subscription Fee includes 600,000 successful queries per Subscription Year. Queries above that volume are charged at the overage rate in the Schedule.

2.3 The Service answers each query with the most recent data available from Vendor's data partners. Vendor shall state in each result the date on which the underlying record was last updated.

2.4 Vendor shall publish changes to the API at least 60 days before they take effect and shall keep the previous version available for at least 90 days after each change.

2.5 Vendor shall give Customer a test environment with sample licence numbers throughout the Subscription Term.

3. CONNECTOR AND IMPLEMENTATION

3.1 Vendor shall design, build and install the Connector and complete the integration tests within 50 days after signature of this Agreement.

3.2 Customer shall provide Vendor with the interface documentation of its merchant onboarding system, a test environment and a contact person within 7 days after signature.

3.3 If the Integration Acceptance Certificate cannot be signed by the date in clause 3.1 for reasons attributable to Vendor, Vendor shall pay Customer liquidated damages of CNY 300 for each day of delay, up to a total of CNY 12,000.

4. INTEGRATION ACCEPTANCE

4.1 Vendor shall run the integration tests in Customer's test environment in the presence of Customer's staff. The tests are passed when: (a) queries for 500 sample licence numbers supplied by Customer return results that match the national enterprise credit information publicity system for at least 495 of them; (b) the median response time of the API is below 800 milliseconds at 20 queries per second; (c) expired, cancelled and abnormal-operation licences are flagged correctly in the onboarding screens; and (d) results are stored in Customer's database with the query time and data date.

4.2 When the tests are passed Customer shall sign the Integration Acceptance Certificate. Connecting the Connector to the live system before that does not constitute acceptance.

5. SERVICE LEVELS

5.1 Vendor shall make the API available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

5.2 Severity 1 means the API is unavailable or returns errors for more than a tenth of queries. Vendor shall respond to Severity 1 incidents within 1 hour and restore the Service within 6 hours. Severity 2 means degraded performance or wrong results for individual licences; Vendor shall respond within 8 business hours and fix them within 3 business days.

5.3 If monthly availability falls below the level in clause 5.1, Customer shall receive a credit of 5% of the quarterly fee for each 0.1 percentage point of shortfall. For each hour by which a Severity 1 restoration time is exceeded Customer shall receive a credit of CNY 800. Credits are deducted from the next invoice.

6. FEES AND PAYMENT

6.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule. The total fees for the Subscription Term, including the one-time Connector fee, are CNY 480,000.

6.2 The Connector fee is invoiced after Integration Acceptance.

6.3 The Subscription Fee is invoiced quarterly in arrears in equal instalments of CNY 57,000. Overage is invoiced quarterly in arrears according to actual use. No fee is payable before the Service Start Date.

6.4 Customer shall pay each invoice within 30 days of receipt by bank transfer.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor processes Customer Data only to provide the Service and the Connector to Customer and shall not use it for any other purpose or transfer it to any third party other than its data partners to the extent needed to answer a query.

7.2 Vendor shall process and store Customer Data only on servers located in mainland China, operated for Vendor in Shanghai under a level-3 classified protection filing. Vendor shall encrypt Customer Data in transit and at rest, restrict access to named engineers, keep access logs for at least six months and delete query records from its systems after 90 days.

7.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all necessary steps to limit the damage, and shall bear the losses, regulatory penalties and notification costs resulting from any breach of this clause 7.

8. INTELLECTUAL PROPERTY

8.1 Vendor owns the Service, the API and the data compilations it obtains from its partners.

8.2 The Connector, including its source code and documentation, belongs to Customer on payment of the Connector fee. Customer may use, modify and have third parties maintain the Connector without restriction.

9. SUBCONTRACTING

9.1 Vendor's hosting operator in Shanghai and its data partners listed in the Schedule are approved by Customer's signature of this Agreement. Vendor shall not engage any other subcontractor for the Service or the Connector without Customer's prior written consent.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

10.2 Vendor's total liability under this Agreement shall not exceed one and a half times the total fees for the Subscription Term stated in clause 6.1, except for breach of clause 7, fraud and wilful misconduct.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It may be extended only by a renewal order signed by both parties, at fees agreed in that order.

11.2 Customer commits to the full Subscription Term. Customer may not terminate this Agreement before the end of the Subscription Term for any reason, including any failure of the Service; Customer's sole and exclusive remedies for such failures are the service credits under clause 5.3 and the damages under clause 3.3.

11.3 Vendor may suspend the Service or terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

11.4 On expiry Vendor shall return Customer Data in a common format within 30 days and then delete it.

12. GOVERNING LAW AND JURISDICTION

12.1 This Agreement is governed by the laws of the Republic of Austria, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.

12.2 The courts having jurisdiction for Villach, Austria, shall have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

13. GENERAL

13.1 This Agreement, including the Schedule, is the entire agreement of the parties on its subject matter. Changes must be made in writing and signed by both parties.

13.2 Neither party may assign this Agreement without the written consent of the other party.

13.3 The Agreement is signed in two originals in English, one for each party.

SCHEDULE — FEES, VOLUMES AND PARTNERS

A. Fees

  Subscription Fee, per Subscription Year, 600,000 queries included ...... CNY 228,000
  Subscription Fees for the Subscription Term (2 Subscription Years) ...... CNY 456,000
  Connector design, build and installation, one-time ...................... CNY 24,000
  Total fees for the Subscription Term .................................... CNY 480,000
  Overage, per 1,000 successful queries above the included volume ......... CNY 420

B. Connector scope

  Call of the LicenceCheck API from the merchant onboarding form; display of status, legal representative, address,
  business scope and abnormal-operation flag; automatic hold of applications with an expired, cancelled or abnormal
  licence; storage of results with query time and data date; a daily report of held applications.

C. Approved partners

  Hosting operator: Shanghai Qianyun Data Centre Co., Ltd. Data partners: two licensed enterprise credit information
  service providers in Beijing and Hangzhou, named in the onboarding minutes.

SIGNATURES

For Vendor: ______________________   Name / Title: ______________________

For Customer: ____________________   Name / Title: ______________________
"""

# ---------------------------------------------------------------------------------------------------------------------
# Files and labels
# ---------------------------------------------------------------------------------------------------------------------

FILES = {  # key: (file name, language, format)
    "h346z01": ("h346z01_county_agri_product_traceability_platform.pdf", "zh", "pdf"),
    "h346z02": ("h346z02_separator_film_stretch_line_control_retrofit.docx", "zh", "docx"),
    "h346z03": ("h346z03_tcm_clinic_chain_saas_implementation.txt", "zh", "txt"),
    "h346z04": ("h346z04_civil_air_defence_system_annual_om.txt", "zh", "txt"),
    "h346z05": ("h346z05_nougat_factory_wms_supplier_template.md", "zh", "md"),
    "h346e01": ("h346e01_kite_studio_panel_software_hungarian_vendor.pdf", "en", "pdf"),
    "h346e02": ("h346e02_lake_boat_booking_saas_order_form.md", "en", "md"),
    "h346e03": ("h346e03_tea_farm_frost_sensors_buyer_paper.docx", "en", "docx"),
    "h346e04": ("h346e04_trader_managed_wifi_service.md", "en", "md"),
    "h346e05": ("h346e05_hotel_platform_licence_check_api.txt", "en", "txt"),
}
SOURCES = {"h346z01": H346Z01, "h346z02": H346Z02, "h346z03": H346Z03, "h346z04": H346Z04, "h346z05": H346Z05,
           "h346e01": H346E01, "h346e02": H346E02, "h346e03": H346E03, "h346e04": H346E04, "h346e05": H346E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None

# terms in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or "-", deemed, contract_value);
# meta = (category, forum outside mainland China, fee base for TCO, expected rules as written by hand)
LABELS = {
    "h346z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC", G],
                (T, T, T, F, 1872000), ("software", F, 1029600, [])),
    "h346z02": ([N, 0.5, T, "buyer", T, T, T, 0.1, N, 10, T, T, 24, 17, F, T, T, "PRC", G],
                (T, T, T, F, 3474000), ("hardware", F, 2843000, ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"])),
    "h346z03": ([99.5, 0.25, T, "buyer", T, T, T, 0.08, 150, N, T, N, N, N, T, T, F, "PRC", S],
                (T, T, "-", F, 1756000), ("cloud", F, None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"])),
    "h346z04": ([N, 0.5, T, "buyer", T, T, T, 0.02, N, N, T, N, N, N, F, T, T, "PRC", S],
                (T, T, "-", F, 486000), ("services", F, None, ["CR-LD-LOW", "CR-SUBCONTRACT"])),
    "h346z05": ([N, 8, F, "supplier", T, F, T, 0.02, 20, 55, F, F, 6, 28, F, T, N, "PRC", G],
                (T, T, T, T, 1260000),
                ("software", F, 780000,
                 ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                  "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                  "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])),
    "h346e01": ([N, 2, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 18, 11, F, T, F, "Hungary", G],
                (T, T, T, F, 650000), ("software", T, 441000, ["CR-GOVERNING-LAW"])),
    "h346e02": ([N, N, F, "buyer", T, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC", S],
                (F, F, "-", F, 550000), ("cloud", F, None, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])),
    "h346e03": ([N, 1, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 24, 8, F, T, F, "PRC", G],
                (T, T, T, F, 780000), ("hardware", F, 642600, [])),
    "h346e04": ([99.95, 0.5, T, "buyer", F, T, T, 1200 / 1590000 * 100, round(6 / 36 * 100, 4), N, T, N, N, N,
                 F, T, F, "PRC", S],
                (T, T, "-", F, 1590000), ("services", F, None, ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])),
    "h346e05": ([99.95, 1, T, "buyer", T, T, F, 300 / 480000 * 100, 150, N, T, N, N, N, F, F, F, "Austria", S],
                (T, T, "-", F, 480000),
                ("cloud", T, None, ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-TERMINATION"])),
}
RISK = {"h346z01": "low", "h346z02": "high", "h346z03": "medium", "h346z04": "medium", "h346z05": "high",
        "h346e01": "low", "h346e02": "high", "h346e03": "low", "h346e04": "high", "h346e05": "medium"}

HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(t, fee_base, value):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return value + fees, fees / (value + fees) * 100


def derive(t, x, forum_out, fee_base):
    """The rules policy.md §3 fires for these labels (my reading of the policy table, not the project's code)."""
    r = set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, fee_base, x["contract_value"])
        if c and c[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, lang, _ = FILES[key]
    vals, (sla, lds, capped, deemed, value), (cat, forum_out, fee_base, rules) = LABELS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped == "-" and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    got = derive(terms, extra, forum_out, fee_base)
    assert got == sorted(rules), (key, got, rules)
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(rules)}, fee_base


# ---------------------------------------------------------------------------------------------------------------------
# Threshold figures must not appear in any text
# ---------------------------------------------------------------------------------------------------------------------
ZN = "〇零一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?![\d])", r"九十九点九(?![〇零一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.])4\s*[-‐]?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"\bfour\s*[-‐]?\s*(?:\(4\)\s*)?hours?\b",
                   r"(?<![" + ZN + r"])四\s*个?\s*小时", r"(?<![\d.])240\s*(?:minutes?|mins?\b|分钟)"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*\s*%", r"万分之五(?![" + ZN + r"])", r"千分之零点五", r"(?<![\d.])0\.5\s*‰"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之(?:一)?百(?![" + ZN + r"])", r"\bone hundred per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![" + ZN + r"点])", r"三成", r"\bthirty per\s*cent"],
    "share 40 %": [r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![" + ZN + r"点])", r"四成", r"\bforty per\s*cent"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![" + ZN + r"点])", r"\bfifteen per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*[-‐]?\s*(?:calendar\s+)?months?\b", r"(?<![\d.])12\s*个月",
                           r"(?<![" + ZN + r"])十二\s*个月", r"\btwelve\s*[-‐]?\s*(?:\(12\)\s*)?months?\b",
                           r"\bone\s*[-‐]?\s*(?:\(1\)\s*)?years?\b", r"(?<![\d.])1\s*[-‐]?\s*years?\b",
                           r"(?<![" + ZN + r"])一\s*年", r"(?<![\d.])1\s*年(?!度)"],
    "5 years / 60 months": [r"(?<![\d.])5\s*[-‐]?\s*years?\b", r"(?<![\d.])5\s*年", r"\bfive\s*[-‐]?\s*(?:\(5\)\s*)?years?\b",
                            r"(?<![" + ZN + r"])五\s*年", r"(?<![\d.])60\s*[-‐]?\s*(?:months?\b|个月)",
                            r"(?<![" + ZN + r"])六十\s*个月", r"\bsixty\s*[-‐]?\s*months?\b"],
}
COMPILED = [(k, re.compile(p, re.I)) for k, ps in THRESHOLD_PATTERNS.items() for p in ps]

MUST_HIT = ["99.9%", "99.90 %", "4 hours", "4小时", "四小时", "four hours", "four (4) hours", "240 minutes", "4-hour",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "40 %", "百分之四十",
            "15%", "百分之十五", "12 months", "12-month", "12个月", "十二个月", "one year", "一年", "1 year", "5 years",
            "five years", "五年", "60 months", "六十个月", "5-year"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.99%", "115%", "0.15%", "四十二个月", "2025年",
                "2026年5月1日", "36 months", "24 months", "14 hours", "0.045元", "150%", "135%", "三十六个月",
                "二十四个月", "15 days", "30 days", "40 days", "十五日", "三年", "两个服务年度", "每年", "三个服务年度",
                "第十五条", "45%", "35%", "20%", "6 hours", "一级故障", "1,500元", "2026年", "第 1 页"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for k, rx in COMPILED:
            for m in rx.finditer(variant):
                out.append((k, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), "should hit: " + s
    for s in MUST_NOT_HIT:
        assert not hits(s), ("should not hit", s, hits(s))


# ---------------------------------------------------------------------------------------------------------------------
# Reading back
# ---------------------------------------------------------------------------------------------------------------------

def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, lang, fmt) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    fired = set()
    counts = {}
    for key, (name, lang, fmt) in FILES.items():
        lab, fee_base = label(key)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(text)
            assert 2800 <= n <= 3300, (name, n)
        else:
            n = len(text.split())
            assert 1500 <= n <= 1700, (name, n)
        h = hits(text)
        assert not h, (name, h[:5])
        t, x = lab["expected_terms"], lab["expected_extra"]
        # derived values off every threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-6
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-6
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-6
        assert t["warranty_months"] not in (12, 60)
        assert t["post_warranty_fee_pct"] is None or abs(t["post_warranty_fee_pct"] - 15) > 1e-6
        c = tco(t, fee_base, x["contract_value"])
        assert c is None or abs(c[1] - 40) > 1
        rules = lab["expected_rules"]
        fired |= set(rules)
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        assert risk == RISK[key], (key, risk)
        counts[key] = len(rules)
        tco_s = "" if c is None else "  TCO %.0f, share %.2f %%" % c
        print("%s  %-5s %s %s  %d %s  risk %s  rules: %s%s" % (key, fmt, lang, "chars" if lang == "zh" else "words",
              n, "", risk, ", ".join(r[3:] for r in rules) or "(none)", tco_s))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, missing
    mix = sorted(counts.values())
    assert sum(1 for k, v in counts.items() if v == 0) == 2
    assert sum(1 for k, v in counts.items() if v == 1 and RISK[k] == "low") == 1
    assert sum(1 for v in counts.values() if 2 <= v <= 3) == 6
    assert counts["h346z05"] >= 8
    print("all 20 CR rules fire at least once; mix", mix)


if __name__ == "__main__":
    main()
