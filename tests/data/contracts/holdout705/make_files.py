"""holdout705: builds the ten blind held-out drafts from the sources below, writes the .json labels and asserts the
checks of the brief (lengths, thresholds, rule coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = r"""T:标准文献服务平台建设项目合同
P:合同编号：BZY-ZFCG-2026-0417
P:采购人（甲方）：江城市标准化研究院
P:供应商（乙方）：北辰数图信息技术有限公司
P:根据《中华人民共和国政府采购法》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就甲方标准文献服务平台软件许可及定制开发事宜订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供标准文献服务平台软件的永久使用许可，并完成标准题录加工、标准比对、全文检索接口及统计分析模块的定制开发，实施部署于甲方机房。
P:1.2 定制开发范围以招标文件技术需求书及双方确认的需求规格说明书为准，需求变更须经双方书面确认。
P:1.3 乙方负责将甲方现有约十八万条标准题录及全文索引迁移至新平台，并对甲方技术人员及窗口服务人员进行培训。
P:1.4 平台应支持标准题录的批量导入、版本替代关系维护、标准状态（现行、废止、即将实施）自动提醒，以及面向企业用户的标准查新和题录订阅服务。
P:1.5 平台部署于甲方政务外网区域，乙方应配合甲方完成与统一身份认证平台的对接。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾柒万陆仟元整（¥1,976,000），为固定总价，包含全部税费。
P:2.2 分项价格：平台软件许可费¥1,120,000；定制开发费¥596,000；数据迁移费¥168,000；实施及培训费¥92,000。
P:2.3 除本合同另有约定外，甲方无需为履行本合同支付其他任何费用。
P:2.4 合同履行期间，因甲方需求变更导致工作量增加的，双方按投标报价中的人天单价协商确定变更费用，并签订补充协议。
H:第三条 付款方式
P:3.1 合同签订并收到乙方合规发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方通过国库集中支付方式付款，付款前乙方应开具等额合规发票。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提请初步验收，于初步验收后六十日内提请最终验收。
P:4.2 因甲方原因造成工期延误的，交付期限相应顺延。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、开发、测试、迁移、培训及上线各阶段的时间节点，经甲方确认后执行。
P:4.4 乙方应指定具有同类项目经验的项目经理，未经甲方同意不得更换。实施期间乙方每两周向甲方提交项目进展报告。
P:4.5 培训分为管理员培训和业务人员培训两类，总计不少于五天，乙方应提供培训教材并对培训效果进行考核。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；迁移数据经全量比对，题录条数及关键字段一致；全文检索在三百并发用户下平均响应时间不超过2秒；通过第三方软件安全测评，无高危漏洞。
P:5.2 最终验收标准：平台连续试运行六十日，期间未发生一级故障；用户手册、接口文档、源代码及部署文档齐全；甲方组织专家评审通过并签署最终验收报告。
P:5.3 平台上线试运行、甲方使用平台或支付部分款项，均不视为甲方验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%，计划内维护须提前三日经甲方同意。
P:6.2 一级故障（平台无法访问或检索功能全部失效）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时甲方可扣减服务费人民币壹仟元；月度可用率每低于约定值0.01个百分点，扣减人民币贰仟元，从质保金或后续款项中扣除。
H:第七条 质保及后续维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过人民币壹拾万零捌佰元），该价格自质保期满起三年内不上调。
P:7.3 维护服务合同到期后不自动续期，双方另行协商。
P:7.4 质保期内，乙方每季度对平台进行一次巡检，检查系统运行状态、数据库容量及日志，并提交巡检报告；重大节假日及标准发布高峰期间，乙方应安排专人值守。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的模块、接口程序、数据加工脚本及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
P:8.3 乙方保证所提供软件不侵犯第三方权利，因侵权引起的责任由乙方承担。
H:第九条 数据安全
P:9.1 平台中的标准题录、全文、用户信息及日志等全部数据属于甲方所有，乙方仅为履行本合同之目的处理上述数据，不得复制、留存或用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护要求，实施人员须经甲方登记，通过堡垒机进行操作，不得将数据带离甲方机房。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开的标准草案及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除，有效期至相关信息公开之日止。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定且逾期未整改的，甲方有权要求乙方赔偿由此造成的损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下任何工作转包或分包给第三方。
P:12.2 乙方不得以外包、劳务派遣等方式变相分包，实施人员须为乙方正式员工。
H:第十三条 合同解除
P:13.1 乙方逾期交付超过三十日，或存在其他根本违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。
P:13.3 合同解除后，乙方应在十五日内向甲方移交已完成的开发成果、源代码、文档及甲方全部数据，不得以任何理由留置。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.3 本合同履行期间，双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的不正当利益。
P:15.4 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：江城市标准化研究院    乙方（盖章）：北辰数图信息技术有限公司
P:签订日期：2026年4月17日
"""

SRC["z02"] = r"""T:切管调音生产线控制系统改造及维保合同
P:合同编号：FLC-JG-2026-031
P:甲方：清溪风铃工艺品厂
P:乙方：鸣川智能装备有限公司
P:甲方拟对其铝管风铃切管调音生产线的控制系统进行改造，乙方经询价比选被确定为供应商。双方依据《中华人民共和国民法典》，就设备供货、控制软件许可、安装调试及质保期满后维保服务订立本合同。
H:第一条 合同标的
P:1.1 乙方提供PLC控制柜、伺服定长切管单元、声学调音检测工位、工控机及产线控制软件，完成安装调试，并开发与甲方订单系统的工艺参数对接程序。
P:1.2 改造后产线应能按订单自动选择管长，切管后逐支进行音高检测，不合格管件自动分拣，检测数据实时写入产线数据库。
P:1.3 乙方应对现有产线进行现场勘测，于合同签订后十五日内提交改造方案、电气原理图及停产切换计划，经甲方确认后实施。改造期间旧线停产时间累计不得超过七日。
P:1.4 乙方提供的设备应为全新原厂产品，随机附带合格证、说明书及出厂检验报告。
H:第二条 价格清单
P:2.1 合同总价为人民币壹佰伍拾捌万元整（¥1,580,000），分项如下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含触摸屏）|2套|236,000
TB:2|伺服定长切管单元|4台|512,000
TB:3|声学调音检测工位|4套|348,000
TB:4|工控机及产线交换机|1批|86,000
TB:5|产线控制软件许可（永久）|1套|182,000
TB:|软硬件小计||1,364,000
TB:6|安装调试及旧线拆改|1项|118,000
TB:7|工艺参数对接开发|1项|76,000
TB:8|操作及维修培训|1项|22,000
TB:|合同总价||1,580,000
P:2.2 上述价格含运输、保险、税费及乙方人员差旅费。
P:2.3 合同履行期间价格不因原材料、汇率或人工成本变动而调整。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备到货并完成安装调试后，甲方支付合同总价的55%。到货签收及安装调试完成不代表甲方对质量的验收。
P:3.3 产线通过终验后，甲方支付合同总价的25%。
P:3.4 乙方应在每期付款前开具增值税专用发票，甲方收到发票后十五个工作日内付款。
H:第四条 交货与安装
P:4.1 乙方应在合同签订后七十五日内将全部设备运抵甲方车间，并在到货后二十日内完成安装调试。
P:4.2 旧线拆改须安排在甲方停产检修期间进行，每日施工结束后乙方应清理现场。
P:4.3 设备到货后，双方共同开箱清点，核对型号、数量及外观，并签署到货签收单。开箱发现缺件或损坏的，乙方应在七日内补齐或更换。
P:4.4 乙方施工人员应遵守甲方车间安全生产管理制度，佩戴劳动防护用品，动火及高处作业须办理审批手续。因乙方原因造成的人身或财产损害由乙方承担。
H:第五条 验收
P:5.1 终验标准：切管长度误差不超过0.1毫米；调音检测对音高偏差的判定与甲方标准音叉比对结果一致；产线连续运行十五个生产班次，不合格品自动分拣无漏判；对接程序能正确接收订单工艺参数；操作手册及电气图纸齐全。
P:5.2 甲方在乙方提请终验后十日内组织验收并出具书面验收报告。验收不合格的，乙方应在十日内整改并重新提请验收。
P:5.3 终验前，乙方应完成对甲方操作工及维修电工的培训，培训内容包括设备操作、换型调整、调音标准设定、日常点检及常见故障排除，每人考核合格后方可上岗操作。
P:5.4 甲方出具的终验报告是乙方申请第三期付款的唯一依据。
H:第六条 服务水平
P:6.1 一级故障（整条产线停机）乙方应在1小时内响应，6小时内到场，12小时内恢复生产；二级故障（单台设备停机）2小时内响应，次日内修复。
P:6.2 乙方响应或恢复超时的，每超时一小时，甲方可扣减人民币捌佰元，从应付款或维保费中扣除。
P:6.3 乙方应在甲方车间存放常用易损备件，包括切管刀片、伺服驱动器及检测传声器，备件清单作为本合同附件。
H:第七条 质保与维保
P:7.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修、更换非人为损坏的部件，并免费升级控制软件。
P:7.2 质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的26%计取（即每年人民币叁拾伍万肆仟陆佰肆拾元），按年签订维保订单，费率在质保期满后三年内保持不变。
P:7.3 维保服务内容包括每季度一次预防性保养、备件更换、控制软件补丁及远程技术支持，服务水平同第六条。
P:7.4 质保期满后维保订单逐年签订，不自动续订。维保期内乙方每季度提交保养记录及设备状态报告。
P:7.5 乙方承诺在产线设备停产后仍保证备件供应不少于八年。
H:第八条 知识产权
P:8.1 产线控制软件的知识产权归乙方，乙方授予甲方永久使用许可。
P:8.2 工艺参数对接程序及其源代码、电气图纸归甲方所有，甲方可自行修改或委托他人维护。
P:8.3 乙方应向甲方交付控制软件的授权文件及备份安装介质，保证甲方在乙方停止经营时仍可继续使用。
H:第九条 数据安全
P:9.1 产线运行数据、检测数据及订单工艺参数属于甲方，乙方不得复制或用于本合同以外的任何用途。
P:9.2 乙方远程维护须经甲方逐次授权，通过甲方指定的VPN通道进行，操作留存日志。乙方应采取必要措施防止数据泄露、篡改，发生数据安全事件的应在2小时内通知甲方，因乙方原因造成的损失由乙方赔偿。
P:9.3 乙方为调试需要临时拷贝的参数文件，应在调试结束后当场删除，并由甲方人员确认。
H:第十条 保密
P:10.1 双方对在合作中获知的对方技术秘密、工艺参数、客户及价格信息负有保密义务，未经对方书面同意不得披露，保密期限至本合同终止后三年。
P:10.2 乙方人员应签署保密承诺书，乙方对其人员及分包方的保密行为承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之六支付违约金。
P:11.2 设备质量不符合约定的，乙方应负责更换，并承担由此增加的费用。
P:11.3 乙方累计赔偿责任以合同总价的150%为限，但故意或重大过失造成的损失除外。
P:11.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方可将设备运输、线缆敷设及部分安装工作分包给第三方，但应提前书面通知甲方。乙方对分包方的工作质量承担责任。
P:12.2 分包方人员进入甲方车间，应遵守第4.4款的规定。
H:第十三条 合同解除
P:13.1 乙方逾期交货超过三十日，或产线经两次整改仍未通过终验的，甲方有权书面通知解除合同，乙方应退还已付款项并赔偿损失。
P:13.2 本合同解除后，乙方应协助甲方恢复原产线的运行或将已安装设备移交甲方继续使用，相关费用按双方过错分担。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交甲方所在地仲裁委员会仲裁。
P:14.2 仲裁期间，除争议部分外，双方应继续履行本合同其他条款。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:15.2 乙方的改造方案、报价单及甲方确认的图纸为本合同附件，与本合同具有同等效力。
P:15.3 因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延长履行期限或解除合同。
P:甲方（盖章）：清溪风铃工艺品厂    乙方（盖章）：鸣川智能装备有限公司
"""

SRC["z03"] = r"""连锁门店收银及会员管理SaaS服务合同

合同编号：WZ-SAAS-2026-0088
甲方：步暖袜业连锁有限公司
乙方：云柜零售科技有限公司

甲方在华东地区经营五十家袜子专卖门店，现采购乙方门店收银（POS）及会员管理SaaS服务并由乙方完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方五十家门店及总部提供云端收银、库存、会员积分、储值卡、促销管理及经营报表服务。
（二）乙方负责实施：门店收银终端配置、商品及会员历史数据迁移、与甲方财务系统的接口开发、店长及收银员培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。

（四）乙方应保证甲方可随时通过管理后台导出全部会员、销售及库存数据，导出格式为通用表格格式。

二、费用
（一）年度订阅费：门店收银模块每店每年人民币肆仟陆佰捌拾元，五十家门店合计¥234,000；总部会员中台每年¥96,000。每个服务年度订阅费合计¥330,000，两个服务年度合计¥660,000。
（二）一次性实施费¥118,000。
（三）合同总价为人民币柒拾柒万捌仟元整（¥778,000）。门店数量增加的，按本条单价另行结算。

（五）实施费包括收银终端参数配置、会员等级及积分规则配置、促销模板配置、历史数据清洗与迁移、财务接口开发及上线培训，乙方不得另行收费。

三、付款
（一）实施费在上线验收合格后十五个工作日内一次性支付。
（二）年度订阅费按季度结算，每季度结束后，甲方根据当季服务考核结果在十五个工作日内支付当季费用¥82,500，扣除当季应扣减的服务费。
（三）乙方应在付款前开具增值税专用发票。

（四）甲方对服务考核结果有异议的，可在收到季度服务报告后五个工作日内提出，双方核对后确定扣减金额。

四、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 五十家门店收银、退换货、会员积分及储值功能全部可用；
2. 历史会员数据迁移后与原系统逐条核对一致；
3. 与财务系统接口连续十日对账无差异；
4. 高峰时段单笔收银平均处理时间不超过2秒。
（三）甲方在乙方提交上线报告后七日内组织验收并出具书面意见。门店试用不视为验收合格。

（四）实施期间乙方应派驻项目经理一名，负责实施计划、门店上线排期及问题跟踪，每周向甲方提交实施周报。门店上线应安排在营业时间以外进行，不得影响门店正常营业。
（五）乙方应为甲方门店现有收银终端、扫码枪、小票打印机进行适配测试，不兼容的设备清单应在实施开始后十日内书面告知甲方。

五、服务水平
（一）乙方保证SaaS服务月度可用率不低于99.5%，计划内维护应安排在门店营业时间以外并提前两日通知甲方。
（二）一级故障（收银无法使用）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，一个工作日内解决。
（三）月度可用率未达约定值的，按当月订阅费的5%给予服务抵扣；每低于约定值0.5个百分点，再增加抵扣当月订阅费的5%。一级故障响应超时的，每次扣减人民币伍佰元。

（四）乙方应提供服务状态公告页面，发生大面积故障时应在十五分钟内通过短信通知甲方总部值班人员，并在故障恢复后二十四小时内提交故障分析报告。
（五）双十一、年货节等促销高峰期前，乙方应进行扩容和压力测试，并安排专人驻场保障。

六、数据归属与使用
（一）甲方门店销售数据、会员信息及库存数据归甲方所有。
（二）甲方同意，乙方可将上述数据进行脱敏、汇总后，用于乙方零售行业分析报告及产品改进，并可向其他客户提供汇总后的行业对标数据。

（三）前款汇总数据不得包含可识别到甲方门店或具体会员的信息。

七、数据安全
（一）乙方应按网络安全等级保护第三级要求运营平台，数据存储于中国境内，采用加密传输和存储，实行最小授权和访问日志审计。
（二）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并配合甲方履行对会员的告知义务。
（三）合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

八、保密
（一）双方对因本合同知悉的对方商业秘密、经营数据及价格信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后三年。

（四）乙方对其员工进行保密教育，并要求接触甲方数据的人员签署保密承诺。

九、知识产权
（一）SaaS平台的知识产权归乙方。
（二）为甲方开发的财务接口程序、定制报表及其源代码归甲方所有，甲方可自由修改和使用。

十、续期
服务期满前三十日任何一方未书面提出终止的，本合同自动续期一个服务年度。续期时乙方有权根据市场情况调整订阅费单价，调整后的价格以乙方通知为准。

十一、违约责任
（一）乙方逾期完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方累计赔偿责任以合同总价的两倍为限，但数据安全事件造成的损失不受此限。

（三）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金，但因考核扣减产生的金额差异不视为逾期。

十二、分包
乙方不得将实施工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十三、合同解除
乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付未履行部分的费用、赔偿损失。

本合同解除或终止后，乙方应继续提供不少于三十日的过渡服务，保证门店收银不中断，并协助甲方将数据迁移至新系统。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。发生争议的，提交甲方所在地人民法院诉讼解决。

十五、甲方义务
（一）甲方应指定总部项目负责人及各门店联系人，及时确认实施方案和上线排期。
（二）甲方应按乙方要求提供商品档案、会员历史数据及财务科目对照表，并保证数据来源合法。
（三）甲方应保证门店网络满足收银系统运行要求，并妥善保管系统管理员账号。

（四）甲方应在收到乙方服务报告后五个工作日内确认，逾期未提出异议的视为确认。

十六、培训与支持
（一）乙方应在门店上线前完成对店长、收银员及总部运营人员的培训，并提供操作手册和视频教程。新开门店的上线培训在服务期内免费提供。
（二）乙方应提供每日早八时至晚十一时的在线客服和电话支持，覆盖门店全部营业时间；节假日促销期间应安排专人值守。
（三）乙方每月向甲方提交服务报告，列明当月可用率、故障情况、工单处理及扣减金额。

（四）服务期内甲方新增门店的，乙方应在接到通知后五个工作日内完成新门店开通，新门店年度订阅费按实际服务月数折算。

十七、不可抗力
因不可抗力致使一方不能履行合同的，该方应及时通知对方，并在十五日内提供证明，在不可抗力影响范围内免除责任。不可抗力不包括乙方所使用的云服务商自身的服务中断。

十八、通知
本合同项下通知应以书面形式发送至双方指定的地址或电子邮箱，邮件发出后次日视为送达。

十九、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：步暖袜业连锁有限公司
乙方（盖章）：云柜零售科技有限公司
"""

SRC["z04"] = r"""教务管理系统年度运维服务合同

项目名称：教务管理系统年度运维服务
采购方式：竞争性磋商
合同编号：HSXY-YW-2026-05
甲方：西岭函授学院
乙方：启程信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方教务管理系统年度运维服务达成如下协议。

第一条 服务范围
1. 乙方负责甲方教务管理系统（含学籍管理、函授站点管理、排课、网上选课、成绩管理、毕业审核及统计报表模块）及其运行所需数据库、中间件的日常运行维护。
2. 服务内容包括：日常巡检、故障处理、系统性能优化、数据库备份与恢复演练、补丁及版本升级、用户咨询、每学期开学及考试期间的驻场保障、配合甲方完成教育主管部门的数据报送。
3. 乙方应安排两名驻场工程师，工作日在甲方信息中心驻场服务，并设立远程技术支持团队。

4. 乙方应建立运维服务台，受理甲方各部门及函授站点的服务请求，所有请求均应记录工单，处理完毕后由请求人确认关闭。
5. 乙方每月提交月度运维报告，内容包括系统运行情况、故障统计、巡检发现的问题及改进建议；每学期结束后提交学期运维总结。

6. 乙方应建立运维知识库，记录故障现象、原因及处理过程，服务期满时完整移交甲方。
7. 乙方应对系统中间件及数据库的版本、补丁状态建立台账，并在发布补丁后经测试验证再行安装，安装前须报甲方同意。

第二条 服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满本合同自然终止，甲方如需继续采购，应依法重新组织采购。

服务期内遇开学、毕业审核、成人高考录取及学位申报等重要节点，乙方应提前制定保障方案并报甲方确认。

第三条 合同价款及支付
1. 本合同总价为人民币肆拾叁万陆仟元整（¥436,000），包含人员、工具、差旅及税费。
2. 运维服务费按季度支付。每季度结束后，甲方根据季度考核结果在十五个工作日内支付当季服务费人民币壹拾万零玖仟元，并扣除当季考核扣款。
3. 乙方应在每次付款前开具合规发票。

4. 本合同价款为固定价格，服务期内不因人员工资或物价变动调整。

第四条 服务水平
1. 乙方保证教务管理系统月度可用率不低于99.95%，计划内维护须在夜间或假期进行并提前三日报甲方同意。
2. 一级故障（系统无法登录或选课、成绩录入功能失效）乙方应在15分钟内响应，1小时内到场，3小时内恢复；二级故障30分钟内响应，8小时内解决；三级问题一个工作日内答复。
3. 开学选课及期末成绩录入期间，乙方应安排工程师全天值守。

4. 每学期开学前十日，乙方应完成系统压力测试及选课预演，确保选课高峰期间系统稳定运行。
5. 乙方应每日执行数据库备份，每周将备份介质交甲方信息中心保管，每学期进行一次恢复演练并形成记录。

6. 甲方业务部门在工作时间以外遇到紧急问题的，乙方应提供电话支持，并在必要时安排工程师远程或到场处理。

第五条 考核与扣款
1. 甲方每季度对乙方服务进行考核，考核内容包括故障响应及恢复时间、巡检报告、备份执行、用户满意度。
2. 一级故障响应或恢复超时的，每超时一小时扣减人民币伍佰元；月度可用率每低于约定值0.01个百分点扣减人民币捌佰元；未按时提交巡检报告的，每次扣减人民币叁佰元。
3. 乙方未按约定期限完成年度版本升级或教育主管部门数据报送配合工作的，每逾期一日，按合同总价的千分之一支付违约金。

4. 季度考核得分低于七十分的，甲方可约谈乙方负责人，乙方应提交书面整改计划。

第六条 验收
1. 每季度考核结果经双方签字确认，作为当季付款依据。
2. 服务期满前，甲方组织年度验收，验收标准为：全年一级故障恢复均在约定时限内；数据库备份全部执行且每学期恢复演练成功；运维文档、配置清单及知识库完整移交；用户满意度调查结果不低于八十分。

3. 年度验收合格后，甲方出具书面年度验收报告，作为支付最后一季度服务费的依据。年度验收不合格的，乙方应在十五日内完成整改并重新提请验收。

4. 年度验收时，乙方应提交全年运维工作总结，包括故障分析、系统优化成果、遗留问题及下一年度运维建议。

第七条 数据
1. 教务管理系统中的学籍、成绩、课程及教师信息等数据均归甲方所有，乙方仅可为提供本合同服务使用，不得用于其他任何目的。

2. 乙方应按甲方要求配合完成学籍数据的年度核对和教育主管部门的统计数据报送。

第八条 保密
1. 乙方及其工作人员对履行本合同过程中知悉的学院内部管理信息、系统账号密码及学生信息负有保密义务，不得向任何第三方披露。
2. 乙方驻场人员应签署保密承诺书。保密义务在本合同终止后继续有效。

3. 乙方驻场人员离职或调岗的，乙方应督促其交回全部工作资料和账号，并书面告知甲方。

第九条 知识产权
乙方在服务过程中编写的运维脚本、巡检工具配置、运维文档及知识库归甲方所有，甲方可自由使用、修改。

4. 乙方交付的运维文档应使用中文编写，格式符合甲方信息中心的文档管理要求。

第十条 人员管理
1. 乙方驻场工程师应具备三年以上数据库运维经验，名单报甲方备案。更换驻场人员须提前十日告知甲方并做好交接。
2. 乙方人员应遵守甲方机房管理及考勤制度。
3. 乙方应为其驻场人员缴纳社会保险，并承担其工资、福利及因工伤产生的全部责任。
4. 甲方应为乙方驻场人员提供必要的办公场所、网络及运维所需的账号权限。
5. 乙方应为甲方教务管理员及函授站点管理员提供系统操作培训，每学期不少于一次，并编写常见问题解答手册，随系统版本更新及时修订。
6. 乙方驻场人员连续两次季度考核中被甲方评为不称职的，乙方应在接到甲方通知后十日内更换。

第十一条 分包
乙方不得将本合同服务分包或转包给第三方。

第十二条 合同的变更与终止
1. 本合同的变更须经双方协商一致并签订书面补充协议。
2. 本合同在服务期满时终止。服务期内经双方协商一致，可提前解除本合同，已履行部分按实际服务时间结算。
3. 因不可抗力致使合同无法履行的，受影响方应及时通知对方，双方协商处理。

4. 服务期内甲方教务管理系统进行重大版本升级或新增模块的，乙方应配合完成升级实施和新模块的运维接入，相关费用由双方另行协商。

5. 甲方调整教学计划或新增函授站点的，乙方应在五个工作日内完成相应的系统参数配置。

第十三条 交接
1. 服务期满或合同终止时，乙方应在十日内完成运维交接，移交全部文档、账号及配置资料，并配合新服务商熟悉系统。

2. 交接期间乙方应保证系统正常运行，交接完成后双方签署交接确认书。交接未完成的，甲方可暂缓支付最后一季度服务费。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十五条 廉洁条款
乙方不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益。乙方违反本条的，甲方有权将其列入学院供应商不良记录。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：西岭函授学院
乙方（盖章）：启程信息服务有限公司
"""

SRC["z05"] = r"""# 织云追溯软件销售及开发合同（标准文本 V3.0）

合同编号：ZY-XS-2026-112

甲方（买方）：南塘蒲扇制品厂

乙方（卖方）：织云工业软件有限公司

本合同采用乙方标准文本。甲方向乙方购买“织云生产追溯平台”软件并委托乙方进行定制开发，双方经友好协商订立本合同。

## 第一条 产品及服务

1.1 乙方向甲方提供织云生产追溯平台标准版软件使用许可，并为甲方定制开发蒲葵叶片裁切工位扫码采集、扎制工序计件、批次追溯查询及质量统计报表等功能。

1.2 乙方负责软件安装部署及操作培训。

1.3 本合同项下软件按工厂授权，授权范围为甲方位于南塘镇的一个生产厂区，授权用户数不超过八十个，超出部分按乙方价目表另行购买。

1.4 定制开发内容以双方签字确认的需求清单为准，需求清单以外的功能不属于本合同范围。

## 第二条 价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织云生产追溯平台标准版软件许可 | 268,000 |
| 2 | 叶片裁切及扎制工序定制开发 | 214,000 |
| 3 | 安装部署 | 46,000 |
| 4 | 操作培训 | 12,000 |
| | 合计 | 540,000 |

合同总价为人民币伍拾肆万元整（¥540,000）。

2.2 上述价格不含服务器、网络设备、扫码枪、工位终端等硬件及操作系统、数据库软件费用，由甲方自行采购。

2.3 本合同价格为乙方优惠价格，甲方不得向第三方透露。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

3.4 甲方未按约定付款的，乙方有权顺延交付期限或暂停实施。

## 第四条 交付与验收

4.1 乙方在收到首笔款项后六十日内完成软件安装部署。

4.2 软件安装部署完成之日即视为甲方验收合格。甲方在安装部署完成后使用系统的，亦视为验收合格。

4.3 甲方应在乙方实施前完成服务器、网络、扫码枪及工位终端的采购和安装，并保证其符合乙方提出的系统环境要求。因甲方环境不满足要求造成的延误，交付期限相应顺延，乙方由此增加的费用由甲方承担。

4.4 乙方交付的资料包括：软件安装介质、系统管理员手册、用户操作手册及培训课件。定制开发功能的源代码不属于交付范围。

4.5 甲方提出的需求变更，经乙方评估后另行报价，双方签署变更确认单后实施，交付期限相应调整。

## 第五条 技术支持

5.1 乙方提供工作日（周一至周五9:00-17:30）电话及远程技术支持。

5.2 一级故障（系统无法使用）乙方在接到甲方报修后8小时内响应，其他问题在三个工作日内响应。

5.3 乙方将尽力解决故障，但不保证软件无任何错误或不间断运行。

5.4 甲方报修应通过乙方客服热线或在线工单系统提交，并提供故障现象描述及截图。非工作时间提交的报修，自下一个工作日开始计算响应时间。

5.5 乙方可根据需要通过远程方式登录甲方系统处理故障，甲方应予配合。

## 第六条 免费维护及后续服务

6.1 乙方自系统安装部署完成之日起提供六个月免费维护。

6.2 免费维护期满后，甲方如需继续获得技术支持及版本升级服务，应按乙方当年度公布的服务价目表购买年度服务。

6.3 免费维护期内，乙方提供软件缺陷修复及远程技术支持，不包括因甲方操作不当、擅自修改系统、硬件故障或第三方软件引起的问题。现场服务按乙方差旅标准另行收费。

6.4 乙方发布的新版本软件，甲方可在购买年度服务后获得升级。

6.5 乙方为甲方提供一次集中培训，培训对象为甲方系统管理员、车间班组长及质检人员，培训时长两天，培训地点为甲方厂区。培训结束后甲方人员应能完成叶片裁切批次登记、扎制计件录入及追溯查询等日常操作。额外培训按乙方报价另行收费。

## 第七条 知识产权

7.1 织云生产追溯平台及为甲方定制开发的全部功能模块、程序、源代码及文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或提供给第三方使用。

7.3 甲方不得以本合同定制开发成果为基础自行或委托第三方开发类似软件。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有，乙方仅为提供本合同服务之目的访问。

8.2 乙方应采取访问控制、数据加密及日志审计等安全措施保护甲方数据。发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因造成数据泄露的，乙方承担相应赔偿责任。

8.3 甲方同意乙方在提供服务过程中访问系统后台，用于故障诊断及版本升级。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内继续有效。

9.2 保密信息不包括已经公开的信息或一方独立开发取得的信息。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。乙方不承担任何间接损失、利润损失或数据损失。

10.3 因甲方原因导致乙方无法按期交付的，乙方不承担逾期责任；甲方延迟提供实施条件超过三十日的，视为乙方已完成交付。

10.4 乙方对因甲方使用不当、擅自修改系统或第三方原因造成的损失不承担责任。

## 第十一条 合同解除

一方严重违约且在对方书面通知后三十日内未纠正的，守约方有权解除本合同。

合同解除后，甲方已支付的款项不予退还，甲方应停止使用软件并删除全部安装副本。

## 第十二条 争议解决

因本合同产生的争议，双方友好协商；协商不成的，提交乙方所在地仲裁委员会仲裁。

12.2 仲裁费用由败诉方承担。

## 第十三条 甲方义务

13.1 甲方应指定项目联系人，负责需求确认、环境准备及内部协调，并及时提供乙方实施所需的生产工艺资料、工序定额及历史批次数据。

13.2 甲方应妥善保管系统账号和密码，因甲方账号泄露造成的损失由甲方自行承担。

13.3 甲方不得将软件用于本合同约定以外的工厂或法人主体，不得对软件进行出租、出借或转让。

13.4 甲方应按乙方要求配合进行系统上线前的数据准备工作，包括整理叶片供应商、扇骨规格、扎制工序及计件单价等基础数据，并对其准确性负责。

## 第十四条 不可抗力

14.1 因地震、火灾、洪水、疫情、政府行为、电力或通信中断等不能预见、不能避免且不能克服的情况，致使一方不能履行本合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十五条 通知

15.1 双方因本合同发出的通知，以书面形式送达本合同首页所列地址或双方指定的电子邮箱，即视为送达。一方联系方式变更的，应在变更后五日内通知对方。

## 第十六条 其他

16.1 本合同为乙方标准文本，未尽事宜以乙方官网公布的服务条款为准。

16.2 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（签章）：南塘蒲扇制品厂

乙方（签章）：织云工业软件有限公司
"""

SRC["e01"] = r"""T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KVS-HR-2026-014
P:This Software Licence and Services Agreement is made between Qingdao Hengrun Tyre Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Buyer"), and Kinta Valley Software Sdn. Bhd., a company incorporated in Malaysia with its principal office at Jalan Sultan Idris Shah, 30000 Ipoh, Perak (the "Vendor").
P:The Buyer wishes to acquire a perpetual licence of the Vendor's KinetiCMMS maintenance management software for its three tyre plants, together with implementation, data migration and training services, and the Vendor is willing to provide them on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the KinetiCMMS application in the version current at the Effective Date, including the asset register, work-order, preventive maintenance, spare-parts inventory and mobile inspection modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and documents produced by the Vendor specifically for the Buyer under this Agreement.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Software by or for the Buyer, including asset records, maintenance histories, sensor readings and personnel records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for up to 180 named users and 60 concurrent mobile users at the Buyer's plants in Qingdao, Weifang and Rizhao and at its head office.
P:2.2 The Vendor shall install and configure the Software on the Buyer's servers, build interfaces with the Buyer's ERP system and the plant historian, migrate the maintenance records held in the Buyer's current system, and train the Buyer's maintenance planners, technicians and administrators.
P:2.3 The detailed scope is set out in the Statement of Work attached as Annex 1. Changes to the scope require a written change order signed by both parties.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,880,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,260,000; implementation and interface services CNY 486,000; data migration CNY 98,000; training CNY 36,000.
P:3.2 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against the Vendor's invoice.
P:3.3 The Buyer shall pay 55% of the Contract Price within 20 days after the Vendor has installed the Software at all sites and the Buyer has signed the installation record. The installation record confirms delivery only and is not acceptance.
P:3.4 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:3.5 All payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 4 Delivery Schedule
P:4.1 The Vendor shall complete installation at all sites within 70 days after the Effective Date and shall submit the system for acceptance testing within 120 days after the Effective Date.
P:4.2 If the Vendor fails to meet either date for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
P:4.3 The Vendor shall appoint a project manager with experience of at least two comparable implementations in manufacturing plants, who shall attend a weekly progress meeting with the Buyer's project team and shall not be replaced without the Buyer's consent.
H:Article 5 Acceptance
P:5.1 Acceptance testing shall follow the test plan agreed in Annex 2 and shall show that: (a) every function listed in the Statement of Work operates as specified; (b) the migrated records reconcile with the source system by record count and by the value of key fields; (c) the ERP and historian interfaces run for ten consecutive working days without error; and (d) the mobile inspection application works offline and synchronises at all three plants.
P:5.2 After successful testing the system shall run in production for 30 days without any Severity 1 incident.
P:5.3 When the criteria in Articles 5.1 and 5.2 are met, the Buyer shall issue a written Final Acceptance certificate within ten days. Installation, productive use or payment does not by itself constitute acceptance. If the criteria are not met, the Vendor shall correct the defects and resubmit the system within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide remote and on-site support free of charge.
P:6.2 Incidents are classified by severity. For a Severity 1 incident (the system or a core module is unavailable at any plant) the Vendor shall respond within 1 hour, start remote work immediately and restore service within 8 hours. For a Severity 2 incident the Vendor shall respond within 2 hours and resolve it within two working days.
P:6.3 For each full hour by which the Vendor exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 1,000 from any amount due to the Vendor.
P:6.4 After the Warranty Period the Vendor shall, if the Buyer so orders, provide annual support at a fee of 11% of the Licence Fee per year (CNY 138,600), which shall not increase for the first three years after the Warranty Period. Annual support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors. The licence in Article 2.1 survives any termination after Final Acceptance.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify and license them freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN and jump server with individual accounts and multi-factor authentication, shall not take Buyer Data out of the Buyer's environment, and shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, shall take all reasonable remedial steps and shall be liable for all losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and operational information of the other party received under this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent.
P:9.2 This obligation continues for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 7.3 and 8, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any subcontractor approved by the Buyer.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice of the breach, or if the liquidated damages under Article 4.2 reach their maximum.
P:12.2 On termination before Final Acceptance the Vendor shall refund the amounts paid for the work not accepted, without prejudice to the Buyer's other remedies.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Malaysia.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration administered by the Asian International Arbitration Centre in Kuala Lumpur under its arbitration rules in force at the time. The arbitration shall be conducted in English and the award shall be final and binding on both parties.
H:Article 14 General
P:14.1 Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan) form part of this Agreement. In case of conflict, the Articles prevail.
P:14.2 This Agreement is signed in two originals in English, one for each party, and takes effect on the date of the last signature (the "Effective Date").
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = r"""# ORDER FORM AND GENERAL TERMS — TAPITRACE COLD-CHAIN TRACEABILITY SERVICE

Order Form No. TT-OF-2026-0219

This Order Form is entered into between Tapi River Cloud Co., Ltd., a company registered in Thailand with its office at Talat Mai Road, Mueang Surat Thani District, Surat Thani 84000 ("Provider"), and Zhanjiang Haixin Seafood Trading Co., Ltd., a company registered in the People's Republic of China with its office in Zhanjiang, Guangdong Province ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If they conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

TapiTrace is a cloud service for recording and tracing chilled and frozen seafood lots from landing, processing and storage through export shipment. Customer subscribes to the following modules: Lot Registry, Cold-Store Temperature Logging, Export Document Pack, Supplier Portal and Analytics. The service is used by Customer's purchasing, quality and logistics staff and by Customer's suppliers through the Supplier Portal.

### A2. Subscription Term

The Subscription Term is 24 months from the Service Start Date. The Service Start Date is the date on which Customer signs the Go-Live certificate under A5. The Subscription Term ends automatically at its end unless the parties sign a new Order Form.

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Lot Registry and Temperature Logging, per month | 24 months | 16,500 | 396,000 |
| Export Document Pack, per month | 24 months | 4,200 | 100,800 |
| Supplier Portal (up to 60 supplier accounts), per month | 24 months | 2,300 | 55,200 |
| Analytics, per month | 24 months | 750 | 18,000 |
| Subtotal subscription fees | | | 570,000 |
| Onboarding (configuration, data import, label templates, training), one-time | 1 | 64,000 | 64,000 |
| Total Fees | | | 634,000 |

All fees are in Chinese yuan (CNY) and include taxes. The subscription fees are fixed for the Subscription Term.

### A4. Invoicing and Payment

Subscription fees are invoiced quarterly in arrears, CNY 71,250 per quarter, for eight quarters, and are payable within 30 days after the invoice date. The onboarding fee is invoiced after Customer signs the Go-Live certificate and is payable within 30 days. No amount is payable before the Go-Live certificate is signed.

### A5. Onboarding and Go-Live

Provider shall complete onboarding within 45 days after the signature of this Order Form. Go-Live requires that: (a) all five modules are available to Customer's users; (b) Customer's existing lot records for the last two seasons have been imported and reconciled by lot number, weight and date; (c) label templates print correctly on Customer's printers in Zhanjiang; and (d) a test shipment has been traced end to end from landing record to export document pack. When these criteria are met, Customer shall sign the Go-Live certificate within seven days or give reasons in writing. If Provider fails to complete onboarding on time for reasons within its control, Provider shall pay Customer CNY 500 for each day of delay.

### A6. Contacts

Provider's account manager: Ms Siriporn K., Surat Thani office. Customer's project lead: Mr Liang, Quality Department. Notices under this Order Form shall be sent by email to the contacts named here and confirmed in writing.

Customer may add further supplier accounts during the Subscription Term in blocks of ten at the unit price stated in A3, pro rata for the remaining months, by a written change to this Order Form signed by both parties.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the Documentation. Provider will use commercially reasonable efforts to keep the Service available and to perform maintenance outside Customer's normal business hours.

1.2 Customer shall use the Service only for its own business purposes and shall keep its user credentials secure.

### 2. Support

2.1 Provider provides support by email and through its online help desk on Thai business days. Provider will endeavour to respond to support requests promptly and to resolve problems as soon as reasonably practicable.

2.2 Provider may update the Service from time to time, provided that updates do not materially reduce the functionality of the modules ordered.

2.3 Customer may report problems through the help desk at any time, but requests received outside Thai business days are handled on the next business day. Provider's help desk staff speak English and Thai; Provider will arrange a Chinese-speaking contact for onboarding.

2.4 Provider publishes planned maintenance windows on its status page. Customer is responsible for the internet connections, devices and printers used to access the Service and for the accuracy of the data entered by its users and suppliers.

### 3. Customer Data

3.1 Customer Data means all data, records, documents and images uploaded to or generated in the Service by Customer, its users or its suppliers. Customer Data belongs to Customer.

3.2 Provider shall process Customer Data only to provide the Service to Customer and shall not use, sell or disclose it for any other purpose, including in aggregated or anonymised form.

3.3 On expiry or termination, Provider shall make Customer Data available for export in CSV and PDF formats for 30 days and shall then delete it and confirm the deletion in writing.

### 4. Data Security

4.1 Provider shall maintain administrative, technical and physical safeguards appropriate to the nature of Customer Data, including encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of access and daily backups kept for at least 30 days.

4.2 Customer Data of Customer's users in mainland China shall be hosted in a data centre in mainland China operated by Provider's hosting partner named in the Documentation.

4.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall investigate and remedy it, and shall be liable for Customer's losses caused by a security incident resulting from Provider's breach of this clause.

### 5. Confidentiality

5.1 Each party shall protect the other party's Confidential Information with at least reasonable care, shall use it only to perform this Order Form and shall not disclose it to any third party except its employees and advisers who need to know it and are bound by similar obligations.

5.2 These obligations last during the Subscription Term and for three years afterwards.

5.3 Confidential Information does not include information that is or becomes public without breach of this clause, that the receiving party already lawfully knew, or that it develops independently. A party may disclose Confidential Information when required by law or by a competent authority, after notifying the other party where the law permits.

### 6. Intellectual Property

6.1 Provider owns the Service, the Documentation and all improvements to them.

6.2 Label templates, report layouts, configurations and data-mapping files created by Provider specifically for Customer belong to Customer, which may use, modify and license them freely.

6.3 Provider warrants that the Service and the materials it provides do not infringe the intellectual property rights of any third party and shall defend Customer against any claim to the contrary at its own cost.

### 7. Liability

7.1 Each party's total liability under this Order Form shall not exceed 150% of the Total Fees.

7.2 The limit in clause 7.1 does not apply to breach of clauses 3 to 5, to fraud or to wilful misconduct.

7.3 Neither party is liable for indirect or consequential loss, such as loss of profit or business, except where the loss results from a breach of clauses 3 to 5.

### 8. Subcontracting

8.1 Provider shall not subcontract any part of the Service without Customer's prior written consent, except the hosting partner named in the Documentation, which Customer approves by signing this Order Form. Provider remains responsible for all subcontractors.

### 9. Term and Termination

9.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

9.2 If Customer terminates under clause 9.1, Provider shall refund any fees paid for the period after termination.

9.3 On expiry or termination Customer's right to use the Service ends, subject to the export period in clause 3.3. Clauses 3 to 7 and 10 survive expiry or termination.

9.4 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

### 10. Governing Law and Disputes

10.1 This Order Form is governed by the laws of the Kingdom of Thailand.

10.2 Any dispute shall be settled by arbitration administered by the Thai Arbitration Institute in Bangkok in the English language. The award shall be final and binding.

### 11. General

11.1 This Order Form is the entire agreement of the parties on its subject and replaces all earlier proposals.

11.2 Changes to this Order Form must be made in writing and signed by both parties.

11.3 Neither party may assign this Order Form without the other party's written consent.

Signed for Provider: ____________________   Signed for Customer: ____________________
"""

SRC["e03"] = r"""T:SUPPLY AND LICENCE CONTRACT FOR A MACHINE CONDITION MONITORING SYSTEM
P:Contract No. JLP-CM-2026-007
P:Buyer: Hubei Jinglong Paper Co., Ltd., Xiaogan, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Pahang Sensorworks Sdn. Bhd., Jalan Gambut, 25000 Kuantan, Pahang, Malaysia (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the purchase of equipment and software. The Supplier has read these terms and accepts them without change, except for the commercial details entered in Clause 2.
H:1. Subject of the Contract
P:1.1 The Supplier shall supply, install and commission a condition monitoring system for the Buyer's two paper machines, the stock preparation line and the boiler house, consisting of wireless vibration and temperature sensors, gateways and the Supplier's VibraSense monitoring software, and shall train the Buyer's staff.
P:1.2 The system shall collect vibration spectra and bearing temperatures from the monitored machines, raise alarms when configured limits are exceeded, and present trends and diagnostic reports to the Buyer's maintenance engineers on their desktops and mobile devices.
P:1.3 The technical requirements are set out in Annex 1 (Technical Specification) and the list of monitored machines in Annex 2 (Measurement Points).
P:1.4 The Supplier shall carry out a site survey within 15 days after signature and shall then submit a detailed installation plan, mounting drawings for each machine and a network plan for the gateways for the Buyer's approval. Work at the mill shall not start before the Buyer has approved the plan.
P:1.5 All equipment shall be new, of current manufacture and suitable for the humid and dusty environment of a paper mill, with the protection ratings stated in Annex 1.
H:2. Price
P:2.1 The Contract Price is CNY 2,208,000, fixed, including all taxes, duties, packing, transport to the Buyer's mill, insurance, installation, travel and expenses. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor, ATEX-rated|420|2,860|1,201,200
TB:2|Gateway with cellular back-up|36|9,400|338,400
TB:3|VibraSense monitoring software, perpetual licence, 500 points|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||2,025,600
TB:4|Installation, mounting and commissioning|1 lot|164,000|164,000
TB:5|Training of maintenance engineers|1 lot|18,400|18,400
TB:|Contract Price|||2,208,000
P:2.2 The Contract Price covers all work needed to hand over a working system, whether or not listed above.
P:2.3 Prices are fixed for the duration of the Contract and are not subject to adjustment for exchange rates or costs.
H:3. Payment
P:3.1 The Buyer shall pay 25% of the Contract Price as an advance within 20 working days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 50% of the Contract Price within 20 working days after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 25% of the Contract Price within 20 working days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's mill in Xiaogan within 60 days after signature and complete installation within 30 days after delivery. Installation work on running machines shall be coordinated with the Buyer's production planning and carried out during planned shutdowns where the Buyer so requires.
P:4.2 If the Supplier misses either date for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:4.3 The Supplier's personnel shall comply with the Buyer's safety rules, including the lock-out procedure for work on rotating equipment and the permit system for work at height. The Supplier is responsible for injuries and damage caused by its personnel.
P:4.4 Title to the equipment passes to the Buyer on delivery to the mill. Risk passes on signature of the installation certificate.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor listed in Annex 2 reports to the software at the configured interval, with data loss below 0.5% over the test period; (b) the vibration readings of ten sample points match a calibrated portable analyser within 5%; (c) alarms are raised and delivered to the on-duty engineer within 60 seconds in a simulated fault test; (d) the system runs for 30 consecutive days without a Severity 1 incident; and (e) the documentation, as-built drawings and the sensor calibration certificates have been handed over.
P:5.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met. Installation, use of the system or payment is not acceptance. If a criterion is not met, the Supplier shall correct the defect within 15 days and the test shall be repeated.
H:6. Warranty and After-Sales Service
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier shall repair or replace defective sensors, gateways and parts and shall supply software updates free of charge, including replacement batteries for sensors that fail before their rated life.
P:6.2 The following service levels apply during the warranty period:
TB:Severity|Description|Response time|Restoration time
TB:1|Monitoring software or more than 20% of sensors of a machine not reporting|30 minutes|8 hours
TB:2|Single gateway or fewer sensors not reporting|2 hours|2 working days
TB:3|Questions and minor defects|1 working day|Next update
P:6.3 For each full hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 1,200 from any sum due to the Supplier or call on the performance guarantee.
P:6.4 After the warranty period the Supplier shall offer annual support at 8% of the Hardware and Licence Subtotal per year (CNY 162,048), fixed for two years. Annual support is ordered by the Buyer each year and does not renew automatically.
P:6.5 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace any unit within five working days, and shall guarantee the supply of spare parts for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The VibraSense software remains the property of the Supplier. The Buyer receives a perpetual licence to use it for the measurement points of this Contract and any that replace them.
P:7.2 The alarm configurations, machine models, dashboards and reports prepared for the Buyer, and the interface to the Buyer's maintenance system, belong to the Buyer, which may use, modify and license them freely.
H:8. Data
P:8.1 All measurement data, alarms and reports generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The system shall be installed on the Buyer's servers in the Buyer's mill. Remote access by the Supplier shall be approved by the Buyer for each session, made through the Buyer's VPN and logged. The Supplier shall not copy measurement data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to the system or the data, shall cooperate to remedy it and shall be liable for the losses caused by a breach of this Clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's production, machines, processes and prices received under this Contract, shall use it only to perform this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for five years after the end of the warranty period.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breaches of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local mounting work may be subcontracted to a company approved by the Buyer in writing. The Supplier remains responsible for all subcontractors.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for work not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final.
P:13.3 Pending the outcome of arbitration, both parties shall continue to perform their obligations that are not in dispute.
H:14. Miscellaneous
P:14.1 Annexes 1 and 2 form part of this Contract. The Contract is made in English and Chinese; both versions are equally valid.
P:14.2 No amendment to this Contract is valid unless made in writing and signed by authorised representatives of both parties. Notices shall be given in writing to the addresses stated above.
P:14.3 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the delay.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = r"""# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Agreement No. KBM-MS-2026-03

**Customer:** Shaoxing Meihua Textile Group Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer").

**Provider:** Kelantan Bytewise Managed Services Sdn. Bhd., Jalan Hamzah, 15050 Kota Bharu, Kelantan, Malaysia, acting through its service centre and its local delivery team in Hangzhou ("Provider").

**Background.** Customer runs its ERP, warehouse, dyeing-recipe and design systems on servers in its Keqiao data room. Customer wishes to outsource the operation of backups, offsite copies and disaster recovery of these systems for 36 months. Provider offers these managed services on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed backup, offsite replication, restore and disaster recovery services described in Schedule 1.

1.2 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider backs up, replicates, stores, accesses or otherwise processes in performing the Services.

1.3 "Service Commencement Date" means the date on which Customer signs the service acceptance certificate under Section 4.

1.4 "Monthly Charge" means the fixed monthly charge set out in Schedule 3.

## Section 2. Term

2.1 This Agreement starts on signature and the Services run for 36 months from the Service Commencement Date.

2.2 This Agreement does not renew automatically. Any extension requires a written agreement of both parties.

## Section 3. Services

3.1 Provider shall perform the Services described in Schedule 1 with skill and care, using its backup software, the appliances it installs in Customer's data room and replication to a secondary site in Hangzhou operated by Provider's hosting partner.

3.2 Provider shall staff a service desk that Customer can reach by telephone, email and portal at all times, and shall assign a named service manager who meets Customer's IT manager monthly to review the reports described in Schedule 2.

3.3 Provider shall carry out a full disaster recovery test twice in every contract year, in a window agreed with Customer, and shall report the results in writing within five working days after each test.

3.4 The monthly service report shall show, for each system, the backups scheduled and completed, failed jobs and reruns, restore requests and their duration, incidents and their handling, storage capacity used and forecast, and the service levels achieved. Provider shall propose improvements where a trend shows that a service level is at risk.

3.5 Provider shall keep the backup software and appliance firmware on versions supported by their makers and shall apply updates only after testing and after notifying Customer's IT manager of the planned window.

## Section 4. Transition and Service Acceptance

4.1 Provider shall complete transition within 50 days after signature. Transition includes installing the appliances, configuring backup policies for every system listed in Schedule 1, completing the first full backup and the initial replication to the secondary site, and writing the runbooks.

4.2 Service acceptance requires that: (a) all systems in Schedule 1 are backed up according to their policies for 14 consecutive days; (b) a test restore of each system, including one full ERP database, succeeds within the restore times in Schedule 2; (c) the runbooks and the configuration records have been delivered; and (d) the monitoring portal shows all jobs. When these criteria are met, Customer shall sign the service acceptance certificate within five working days.

4.3 If transition is not completed within the period in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

4.4 Customer shall give Provider's engineers access to the data room during working hours and at other times for incidents, and shall provide rack space, power and network connections for the appliances.

## Section 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 2. Provider shall report its performance monthly.

5.2 If Provider misses a service level, Customer is entitled to the service credits set out in Schedule 2, which Provider shall deduct from the next invoice. Service credits do not limit Customer's other rights.

## Section 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The Monthly Charge is fixed for the whole term.

6.2 Provider shall invoice the Monthly Charge monthly in arrears and the one-time transition charge after the Service Commencement Date. Customer shall pay each correct invoice within 30 days. No advance payment is due.

## Section 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process it only to perform the Services and on Customer's instructions, and shall not use it for any other purpose.

7.2 Provider shall encrypt all backup copies in transit and at rest with keys held in Customer's key vault, keep the secondary site in mainland China, restrict access to named engineers with multi-factor authentication, log all access and keep the logs for one year.

7.3 Provider shall notify Customer within 12 hours after becoming aware of any loss, corruption or unauthorised access to Customer Data, shall restore the data from the latest good copy and shall be liable for Customer's losses caused by its breach of this Section 7.

7.4 At the end of the term Provider shall hand over all backup copies and keys to Customer or to a new provider designated by Customer and shall then securely erase the data from its systems.

7.5 Provider shall cooperate with the audits and inspections of Customer, its auditors and competent authorities regarding the handling of Customer Data, and shall correct any finding within an agreed period.

## Section 8. Intellectual Property

8.1 Provider's backup software, tools and know-how remain Provider's property.

8.2 The runbooks, backup policies, configuration records and recovery plans prepared for Customer belong to Customer, which may use and modify them freely and give them to a new provider.

## Section 9. Liability

9.1 Provider's aggregate liability under this Agreement in respect of all claims shall not exceed the Monthly Charges paid by Customer in the nine (9) months immediately preceding the event giving rise to the claim.

9.2 Neither party is liable for indirect or consequential loss.

## Section 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Customer consents to the hosting partner named in Schedule 1. Provider remains responsible for its subcontractors.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the same service level in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3.

11.3 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases business. Neither party is liable for a failure caused by force majeure events that it could not reasonably foresee or avoid, provided it notifies the other party promptly.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Schedule 1 — Services

| Service element | Scope | Frequency |
|---|---|---|
| Backup of ERP database | Full and incremental, log backups | Full weekly, incremental daily, logs every 15 minutes |
| Backup of warehouse, recipe and design systems | Image and file backup | Daily |
| Offsite replication | Copy of all backups to the Hangzhou secondary site | Continuous, completed within 6 hours of each job |
| Restore service | File, database and full-system restores on request | On request |
| Disaster recovery | Recovery of ERP and warehouse systems at the secondary site | Tested twice a year |
| Monitoring and reporting | Job monitoring, capacity reports, monthly service report | Continuous / monthly |

## Schedule 2 — Service Levels and Service Credits

| Service level | Target | Service credit |
|---|---|---|
| P1 incident response (backup or restore service down, failed ERP backup) | 15 minutes | 2% of the Monthly Charge for each late response |
| P2 incident response | 1 hour | 1% of the Monthly Charge for each late response |
| ERP database restore time | 3 hours | 5% of the Monthly Charge per restore that is late |
| Disaster recovery of ERP and warehouse systems | 8 hours | 10% of the Monthly Charge if missed in a test or a real event |
| Monitoring portal availability, monthly | 99.95% | 2% of the Monthly Charge for each 0.1 point below target |
| Failed scheduled backup jobs not rerun successfully within 24 hours, monthly | No more than 3 | 3% of the Monthly Charge if exceeded |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Charge | Per month, 36 months | 58,000 |
| Total Monthly Charges | 36 × 58,000 | 2,088,000 |
| Transition charge | One-time, after service acceptance | 84,000 |
| Total contract value | | 2,172,000 |
| Exit assistance beyond the included scope | Per engineer day | 3,600 |

Signed for Customer: ____________________   Signed for Provider: ____________________
"""

SRC["e05"] = r"""DATA SUBSCRIPTION AGREEMENT
PADI MARKET DATA API

Agreement No. KDA-API-2026-0042

BETWEEN

Kedah Agridata Sdn. Bhd., a company incorporated in Malaysia with its office at Jalan Putra, 05100 Alor Setar, Kedah ("Provider")

AND

Guangxi Huifeng Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its office in Nanning, Guangxi Zhuang Autonomous Region ("Customer")

BACKGROUND

Provider collects and publishes market prices, export quotations, crop-progress estimates and weather indicators for rice in Southeast Asia and makes them available through an application programming interface (the "API"). Customer buys and imports rice and wishes to receive the data in its trading and risk systems. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, as updated by Provider from time to time, delivered through the API.

1.2 "Subscription Year" means the period from the Subscription Start Date to the day before its first anniversary, and each following period up to the next anniversary. The subscription covers two Subscription Years.

1.3 "Subscription Start Date" means the date on which Customer confirms Integration Acceptance under clause 4.

1.4 "Customer Data" means the queries, watch lists, user accounts, usage logs, positions and any other information that Customer or its users submit to or generate in the API and the Provider portal.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the API and to use the Data within Customer's group for its own trading, procurement, risk management and internal reporting.

2.2 Customer may store the Data in its own systems, combine it with other data and show it to its employees, and may keep and use Data received during the subscription for internal historical analysis after the subscription ends.

2.3 Customer shall not resell the Data or publish it to third parties, except in short extracts in internal or customer presentations with attribution to Provider.

3. DATA AND DELIVERY

3.1 The datasets, their update frequency and their coverage are listed in Schedule A. Provider shall keep the coverage at least at the level described there during the subscription.

3.2 Provider shall give Customer at least 60 days' notice before removing a dataset or changing the structure of an API endpoint in a way that is not backward compatible, and shall keep the previous version running during that period.

3.3 Provider shall provide a test environment with sample data for Customer's integration work.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall provision production credentials and a dedicated endpoint for Customer and shall provide integration support to Customer's IT team, including field mappings to Customer's trading system and a daily file export to Customer's data warehouse.

4.2 Integration Acceptance requires that: (a) all datasets in Schedule A are delivered through the dedicated endpoint; (b) ten consecutive business days of data are loaded into Customer's trading system without a missing record and reconcile with Provider's published values; (c) the daily file export arrives by 07:00 China Standard Time on each of those days; and (d) the API documentation and field mappings have been delivered. Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met or state in writing which criterion is not met.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 348,000 per Subscription Year, CNY 696,000 for the two Subscription Years, invoiced quarterly in arrears at CNY 87,000 per quarter.

5.2 The integration support fee is CNY 42,000, one-time, invoiced after Integration Acceptance.

5.3 The total fees under this Agreement are CNY 738,000, including taxes. Fees are fixed for the two Subscription Years.

5.4 Customer shall pay each correct invoice within 30 days after receipt. No payment is due before Integration Acceptance.

6. SERVICE LEVELS

6.1 Provider shall keep the API available at least 99.95% of each calendar month, excluding maintenance announced at least five days in advance and carried out outside Customer's trading hours.

6.2 Provider shall respond to a Priority 1 incident (API unavailable, or a core dataset not updated by its scheduled time) within 1 hour at any time, and to a Priority 2 incident (a single dataset late or a non-core endpoint failing) within 3 business hours. Provider shall restore the API or deliver the late dataset within 6 hours of a Priority 1 incident.

6.3 If availability in a month falls below the level in clause 6.1, Provider shall credit Customer 5% of the quarterly fee for the quarter concerned for each 0.1 percentage point, or part of it, below that level. For each Priority 1 incident to which Provider responds late, Provider shall credit CNY 1,500. Credits are deducted from the next invoice and do not limit Customer's other rights.

6.4 Provider shall send Customer a monthly service report showing availability, incidents, response times and dataset delivery times.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer, and shall not analyse, sell, share or otherwise use Customer's queries, watch lists or positions for any other purpose, including in aggregated form.

7.2 On expiry or termination Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

8. DATA SECURITY

8.1 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, token-based API authentication with IP allow-listing for Customer's endpoint, role-based access for Provider's staff, access logging and regular vulnerability testing.

8.2 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data or Customer's credentials, shall take prompt steps to contain and remedy it, and shall be liable for Customer's losses caused by a breach of this clause 8.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including the terms of this Agreement, shall use it only for this Agreement and shall not disclose it to third parties without the other party's prior written consent, except to its professional advisers and as required by law.

9.2 This clause 9 continues for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Provider owns the API, the Data and its databases. Nothing in this Agreement transfers them to Customer.

10.2 The field mappings, transformation scripts and the export format developed for Customer under clause 4.1 belong to Customer, which may use, modify and license them freely.

11. SUBCONTRACTORS

11.1 Provider may engage subcontractors, including data collection agents, hosting providers and support contractors, to perform any part of this Agreement. Provider shall inform Customer in writing of each subcontractor engaged for hosting or support before it starts work. Provider remains responsible for the acts of its subcontractors.

12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total fees under clause 5.3.

12.2 The limit does not apply to a breach of clauses 7, 8 or 9, to infringement of the other party's intellectual property, to fraud or to wilful misconduct.

13. TERM, RENEWAL AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree on a further subscription in writing before the end of the term.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice of the breach. Customer may also terminate by written notice if availability falls below the level in clause 6.1 in any three months of a Subscription Year.

13.3 On termination by Customer under clause 13.2, Provider shall refund any fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the South China International Arbitration Court (Shenzhen Court of International Arbitration) for arbitration in Shenzhen. The arbitration shall be conducted in English. The award is final and binding.

14.3 Pending the outcome of arbitration, both parties shall continue to perform their obligations that are not in dispute.

15. GENERAL

15.1 Notices shall be in writing and sent by courier or email to the addresses stated above.

15.2 This Agreement, with Schedule A, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

15.3 Neither party may assign this Agreement without the other party's prior written consent.

SCHEDULE A - DATASETS

A.1 Daily export quotations for Thai, Vietnamese, Malaysian, Cambodian and Myanmar rice by grade, updated by 18:00 Malaysia time on each trading day.

A.2 Weekly farm-gate paddy prices by province or state for Malaysia and Thailand, updated each Monday.

A.3 Monthly crop-progress and planted-area estimates for the main producing regions, updated in the first week of each month.

A.4 Daily rainfall, reservoir and temperature indicators for twenty producing districts, updated by 09:00 Malaysia time.

A.5 Shipping line-up and vessel loading data for the main rice export ports, updated twice a week.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- targets and labels
FILES = {
    "z01": ("h705z01_standards_institute_document_platform", "pdf", "zh", "software"),
    "z02": ("h705z02_wind_chime_tube_line_control_retrofit", "docx", "zh", "hardware"),
    "z03": ("h705z03_sock_chain_pos_membership_saas", "txt", "zh", "cloud"),
    "z04": ("h705z04_correspondence_college_academic_system_om", "txt", "zh", "services"),
    "z05": ("h705z05_palm_fan_tracking_software_supplier_template", "md", "zh", "software"),
    "e01": ("h705e01_cmms_perpetual_licence_ipoh_vendor", "pdf", "en", "software"),
    "e02": ("h705e02_seafood_traceability_saas_order_form_surat_thani", "md", "en", "cloud"),
    "e03": ("h705e03_paper_mill_vibration_sensors_monitoring_licence", "docx", "en", "hardware"),
    "e04": ("h705e04_managed_backup_dr_36_months_kota_bharu", "md", "en", "services"),
    "e05": ("h705e05_rice_market_data_api_alor_setar", "txt", "en", "cloud"),
}

T = dict  # terms, in holdout19 key order
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = T(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
         buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
         prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
         post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
         subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# design: terms, extra, tco parameters (fee base, fee % per year, warranty months) for goods with a capped fee,
# forum outside mainland China, and the expected rules as designed (checked against the derived ones)
D = {}
D["z01"] = dict(value=1976000, terms=T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                prepayment_pct=20, warranty_months=36, post_warranty_fee_pct=9, governing_law="PRC"),
                capped=True, base=1120000, forum_out=False, design=[])
D["z02"] = dict(value=1580000, terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.06, liability_cap_pct=150,
                prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=26, subcontract_without_consent=True),
                capped=True, base=1364000, forum_out=False,
                design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"])
D["z03"] = dict(value=778000, terms=T(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                ld_rate_per_day_pct=0.1, liability_cap_pct=200, final_payment_on_acceptance=None,
                auto_renewal_price_increase=True, contract_kind="service"), forum_out=False,
                design=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
D["z04"] = dict(value=436000, terms=T(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                ld_rate_per_day_pct=0.1, final_payment_on_acceptance=None, termination_for_breach=False,
                contract_kind="service"), forum_out=False, design=["CR-DATA-SECURITY", "CR-TERMINATION"])
D["z05"] = dict(value=540000, terms=T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                final_payment_on_acceptance=False, warranty_months=6, subcontract_without_consent=None,
                governing_law=None), capped=False, base=268000, deemed=True, forum_out=False,
                design=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                        "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"])
D["e01"] = dict(value=1880000, terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=11, governing_law="Malaysia"),
                capped=True, base=1260000, forum_out=True, design=["CR-GOVERNING-LAW"])
D["e02"] = dict(value=634000, terms=T(sla_remedy=False, ld_rate_per_day_pct=500 / 634000 * 100,
                liability_cap_pct=150, final_payment_on_acceptance=None, governing_law="Thailand",
                contract_kind="service"), sla=False, forum_out=True,
                design=["CR-GOVERNING-LAW", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
D["e03"] = dict(value=2208000, terms=T(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                prepayment_pct=25, warranty_months=36, post_warranty_fee_pct=8), capped=True, base=2025600,
                forum_out=False, design=[])
D["e04"] = dict(value=2172000, terms=T(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                ld_rate_per_day_pct=2000 / 2172000 * 100, liability_cap_pct=9 / 36 * 100,
                final_payment_on_acceptance=None, contract_kind="service"), forum_out=False,
                design=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"])
D["e05"] = dict(value=738000, terms=T(availability_pct=99.95, p1_response_hours=1, liability_cap_pct=150,
                final_payment_on_acceptance=None, subcontract_without_consent=True, contract_kind="service"),
                forum_out=False, design=["CR-LD-MISSING", "CR-SUBCONTRACT"])

TH = dict(availability=99.9, response=4, ld=0.05, cap=100, prepay=30, warranty=12, fee=15, tco=40)


def tco_share(d, terms):
    if terms["contract_kind"] != "goods_or_licence" or not d.get("capped") or terms["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    fees = d["base"] * terms["post_warranty_fee_pct"] / 100 * years
    return fees / (d["value"] + fees) * 100


def derive(d, t, x):
    """My reading of policy §3, from the label values."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["response"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["cap"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepay"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < TH["warranty"]):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > TH["fee"]):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(d, t)
    if s is not None and s > TH["tco"]:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    d = D[key]
    stem, ext, lang, cat = FILES[key]
    t = dict(BASE)
    t.update(d["terms"])
    if t["contract_kind"] == "service":
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    t = {k: t[k] for k in KEYS}
    x = {"sla_clause": d.get("sla", True), "ld_stated": t["ld_rate_per_day_pct"] is not None}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = d["capped"]
    x["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    x["contract_value"] = d["value"]
    rules = derive(d, t, x)
    assert rules == sorted(d["design"]), (key, rules, d["design"])
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- reading back
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


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05\s*(?:[%％]|percent|per\s*cent)",
    r"万分之五(?![十百千零一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.,])(?:100|30|15|40)(?:\.0+)?\s*(?:[%％]|percent|per\s*cent)",
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九十])",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h\b|小时|个小时|-hour)", r"(?<!十)四\s*个?\s*小时", r"\bfour\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.])12\s*(?:months?|个月|-month|mths?)", r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?", r"(?<![一二三四五六七八九])十二个月",
]
SCAN = re.compile("|".join(PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "4个小时", "within four hours", "100%", "30 %", "15％", "40%",
            "百分之三十", "百分之十五", "0.05%", "万分之五", "12个月", "十二个月", "12 months", "twelve months",
            "12-month", "within4hours", "30percent"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "二十四小时", "1.4 hours", "130%", "150%", "0.055%", "万分之五十",
             "18个月", "112 months", "百分之三十五", "2,100%", "14 hours", "0.5%", "25%", "二十二个月"]


def scan_ok(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in SCAN.finditer(variant)]
    return hits


def selftest():
    for s in MUST_HIT:
        assert SCAN.search(s), "must hit: " + s
    for s in MUST_MISS:
        assert not SCAN.search(s), "must miss: " + s


def value_ok(lbl):
    t = lbl["expected_terms"]
    bad = []
    for k, th in (("availability_pct", "availability"), ("p1_response_hours", "response"), ("ld_rate_per_day_pct", "ld"),
                  ("liability_cap_pct", "cap"), ("prepayment_pct", "prepay"), ("warranty_months", "warranty"),
                  ("post_warranty_fee_pct", "fee")):
        if t[k] is not None and abs(t[k] - TH[th]) < 1e-9:
            bad.append(k)
    return bad


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    bin_targets = {k: (FILES[k][0] + "." + FILES[k][1], FILES[k][1]) for k in FILES if FILES[k][1] in ("docx", "pdf")}
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    for k, (stem, ext, lang, cat) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SRC[k].strip("\n") + "\n", encoding="utf-8")
    covered, problems = set(), []
    for k, (stem, ext, lang, cat) in FILES.items():
        lbl = label(k)
        (OUT / (stem + ".json")).write_text(json.dumps(lbl, ensure_ascii=False, indent=1), encoding="utf-8")
        covered.update(lbl["expected_rules"])
        text = read_back(OUT / lbl["file"])
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        share = tco_share(D[k], lbl["expected_terms"])
        print(f"{k} {lbl['file']}: length {n}; risk {risk(lbl['expected_rules'])}; rules {lbl['expected_rules']}"
              + (f"; TCO share {share:.1f} %" if share is not None else ""))
        if not lo <= n <= hi:
            problems.append(f"{k} length {n} outside {lo}-{hi}")
        hits = scan_ok(text)
        if hits:
            problems.append(f"{k} threshold figures in text: {sorted(set(hits))}")
        if value_ok(lbl):
            problems.append(f"{k} label values on a threshold: {value_ok(lbl)}")
        if share is not None and abs(share - TH["tco"]) <= 2:
            problems.append(f"{k} TCO share {share:.2f} within 2 points of the threshold")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(f"rules never expected: {missing}")
    risks = {k: risk(label(k)["expected_rules"]) for k in FILES}
    assert [k for k in FILES if not label(k)["expected_rules"]] == ["z01", "e03"]
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"] and risks["e01"] == "low"
    assert 8 <= len(label("z05")["expected_rules"]) <= 10
    assert all(2 <= len(label(k)["expected_rules"]) <= 3 for k in ("z02", "z03", "z04", "e02", "e04", "e05"))
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "checks failed"
    print("all checks passed")
